"""Today first: what needs this person now, at the top of the school overview.

The overview asks every *provider* the person's role may use (each registered with the
permission it needs) for its items. A provider is one small function ``(user, school) ->
list[TodayItem]`` that runs ONE query (tests/web/test_today.py counts them; the compliance ones
read the compliance schedule in a small fixed number), returns nothing when nothing waits, and
links to the page where the work is done.

To add one: write the function below, decorate it with ``@provider(Perm.SOMETHING)``, and that
is all; the overview, its ordering by urgency and the query-count test pick it up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import IntEnum
from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, ngettext

from safepost.schools.access import Perm, holds
from safepost.schools.models import Membership, School

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class Urgency(IntEnum):
    """How soon: the overview lists the most urgent first and colours each."""

    OVERDUE = 0  # past a deadline (red)
    TODAY = 1  # due today, or urgent by nature (amber)
    WAITING = 2  # waiting for this person, no deadline yet (blue)
    INFO = 3  # something they may want to do (grey)

    @property
    def css(self) -> str:
        return {0: "overdue", 1: "today", 2: "waiting", 3: "info"}[self.value]


@dataclass(frozen=True)
class TodayItem:
    count: int | None  # None: not a count (a link to something to read, say)
    label: StrOrPromise  # already worded for the count: "3 posts wait for your approval"
    link: str
    urgency: Urgency


Provider = Callable[[AbstractBaseUser, School], list[TodayItem]]

#: (permission needed, provider), in the order written; the overview sorts by urgency.
PROVIDERS: list[tuple[Perm, Provider]] = []


def provider(perm: Perm) -> Callable[[Provider], Provider]:
    def register(func: Provider) -> Provider:
        PROVIDERS.append((perm, func))
        return func
    return register


def items_for(membership: Membership, user: AbstractBaseUser) -> list[TodayItem]:
    """Every item for ``user`` (the member), most urgent first; providers their role may not use are not run."""
    found: list[TodayItem] = []
    for perm, func in PROVIDERS:
        if holds(membership, perm):
            found.extend(func(user, membership.school))
    return sorted(found, key=lambda item: item.urgency)


def _url(name: str, school: School, query: str = "") -> str:
    return reverse(name, kwargs={"school": school.slug}) + (f"?{query}" if query else "")


def _end_of_today() -> datetime:
    return timezone.make_aware(datetime.combine(timezone.localdate() + timedelta(days=1), time()))


# --- posts -------------------------------------------------------------------------------------

@provider(Perm.APPROVE_POST)
def approvals_waiting(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """Posts waiting for this person's decision: submitted, not their own, not yet approved by
    them (the posts queue's "Waiting for me"); amber when one is due out within a day."""
    from safepost.posts.models import Approval, Post
    from safepost.posts.states import Decision, PostStatus

    mine = Approval.objects.filter(decided_by_id=user.pk, decision=Decision.APPROVE)
    soon = timezone.now() + timedelta(days=1)
    counts = (Post.objects.filter(school=school, status=PostStatus.SUBMITTED)
              .exclude(author_id=user.pk).exclude(latest__created_by_id=user.pk).exclude(latest__approvals__in=mine)
              .aggregate(waiting=Count("pk"), soon=Count("pk", filter=Q(latest__scheduled_for__lt=soon)
                                                       | Q(latest__scheduled_for__isnull=True))))
    if not counts["waiting"]:
        return []
    label = ngettext("%(n)s post waits for your approval", "%(n)s posts wait for your approval",
                     counts["waiting"]) % {"n": counts["waiting"]}
    return [TodayItem(counts["waiting"], label, _url("posts:queue", school, "tab=waiting"),
                      Urgency.TODAY if counts["soon"] else Urgency.WAITING)]


@provider(Perm.WRITE_POST)
def posts_sent_back(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """The person's own posts an approver sent back for changes."""
    from safepost.posts.models import Post
    from safepost.posts.states import PostStatus

    n = Post.objects.filter(school=school, author_id=user.pk, status=PostStatus.CHANGES_REQUESTED).count()
    if not n:
        return []
    label = ngettext("%(n)s of your posts was sent back for changes", "%(n)s of your posts were sent back for changes",
                     n) % {"n": n}
    return [TodayItem(n, label, _url("posts:queue", school, "tab=mine"), Urgency.WAITING)]


@provider(Perm.MANAGE_TAKEDOWN)
def takedowns(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """Published posts that must come down because consent was withdrawn; red when overdue."""
    from safepost.posts.models import Takedown
    from safepost.posts.states import TakedownStatus

    counts = Takedown.objects.filter(school=school, status=TakedownStatus.OPEN).aggregate(
        open=Count("pk"), overdue=Count("pk", filter=Q(due_at__lt=timezone.now())))
    link = _url("posts:list-takedowns", school)
    if counts["overdue"]:
        label = ngettext("%(n)s takedown is overdue", "%(n)s takedowns are overdue",
                         counts["overdue"]) % {"n": counts["overdue"]}
        return [TodayItem(counts["overdue"], label, link, Urgency.OVERDUE)]
    if counts["open"]:
        label = ngettext("%(n)s post must be taken down (consent withdrawn)",
                         "%(n)s posts must be taken down (consent withdrawn)", counts["open"]) % {"n": counts["open"]}
        return [TodayItem(counts["open"], label, link, Urgency.TODAY)]
    return []


# --- comments ------------------------------------------------------------------------------------

@provider(Perm.ACT_INBOX)
def comments_due(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """Open comments assigned to this person that are overdue or due by the end of today."""
    from safepost.inbox.models import Comment, Priority

    counts = Comment.objects.filter(school=school, assignee_id=user.pk, priority__lt=Priority.CLOSED).aggregate(
        overdue=Count("pk", filter=Q(deadline__lt=timezone.now())),
        today=Count("pk", filter=Q(deadline__gte=timezone.now(), deadline__lt=_end_of_today())))
    link = _url("inbox:list-inbox", school, "queue=mine")
    items = []
    if counts["overdue"]:
        items.append(TodayItem(counts["overdue"], ngettext(
            "%(n)s comment given to you is overdue", "%(n)s comments given to you are overdue",
            counts["overdue"]) % {"n": counts["overdue"]}, link, Urgency.OVERDUE))
    if counts["today"]:
        items.append(TodayItem(counts["today"], ngettext(
            "%(n)s comment given to you is due today", "%(n)s comments given to you are due today",
            counts["today"]) % {"n": counts["today"]}, link, Urgency.TODAY))
    return items


# --- official accounts ------------------------------------------------------------------------------

@provider(Perm.DECIDE_APPLICATION)
def applications_to_decide(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    from safepost.accounts.models import Application
    from safepost.accounts.states import ApplicationStatus

    n = Application.objects.filter(school=school, status=ApplicationStatus.SUBMITTED).count()
    if not n:
        return []
    label = ngettext("%(n)s application for an account waits for your decision",
                     "%(n)s applications for accounts wait for your decision", n) % {"n": n}
    return [TodayItem(n, label, _url("accounts:list-accounts", school), Urgency.WAITING)]


@provider(Perm.RECORD_ACCOUNT)
def accounts_to_create(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    from safepost.accounts.models import Application
    from safepost.accounts.states import ApplicationStatus

    n = Application.objects.filter(school=school, status=ApplicationStatus.APPROVED).count()
    if not n:
        return []
    label = ngettext("%(n)s approved account is waiting to be created", "%(n)s approved accounts are waiting to be created",
                     n) % {"n": n}
    return [TodayItem(n, label, _url("accounts:list-accounts", school), Urgency.WAITING)]


@provider(Perm.RESOLVE_FLAG)
def flagged_accounts(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    from safepost.accounts.models import OfficialAccount
    from safepost.accounts.states import AccountStatus

    n = OfficialAccount.objects.filter(school=school, status=AccountStatus.FLAGGED).count()
    if not n:
        return []
    label = ngettext("%(n)s account is run by someone who has left: hand it over or close it",
                     "%(n)s accounts are run by someone who has left: hand them over or close them", n) % {"n": n}
    return [TodayItem(n, label, _url("accounts:list-accounts", school), Urgency.TODAY)]


# --- policy acknowledgements, training, declarations (the compliance app) ------------------------
# These read the compliance schedule (pure functions of an adult's rows): a small fixed number of
# queries whatever the school's size (the adult, the version, one per kind of record).

@provider(Perm.OWN_COMPLIANCE)
def my_compliance(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """"Acknowledge the policy" and the person's other compliance tasks, when due or overdue.
    Read-only: a member without an adult row yet (the sweep adds them) sees nothing here."""
    from safepost.compliance.models import Adult
    from safepost.compliance.schedule import Task, statuses

    adult = Adult.objects.filter(school=school, user_id=user.pk).first()
    if adult is None:
        return []
    today_ = timezone.localdate()
    status = statuses(school, today_, adults=[adult])[0]
    link = _url("compliance:show-mine", school)
    items = []
    ack = status.due(Task.ACKNOWLEDGE)
    if ack is not None:
        overdue = ack.overdue(today_)
        label = gettext("Acknowledging the policy is overdue") if overdue else gettext("Read the policy and acknowledge it")
        items.append(TodayItem(None, label, link, Urgency.OVERDUE if overdue else Urgency.TODAY))
    others = [d for d in status.dues if d.task != Task.ACKNOWLEDGE]
    late = sum(1 for d in others if d.overdue(today_))
    if late:
        items.append(TodayItem(late, ngettext("%(n)s of your compliance tasks is overdue",
                                              "%(n)s of your compliance tasks are overdue", late) % {"n": late},
                               link, Urgency.OVERDUE))
    if len(others) > late:
        n = len(others) - late
        items.append(TodayItem(n, ngettext("%(n)s compliance task is due for you (training, declaration or checklist)",
                                           "%(n)s compliance tasks are due for you (training, declaration or checklist)",
                                           n) % {"n": n}, link, Urgency.WAITING))
    return items


@provider(Perm.VIEW_COMPLIANCE)
def adults_overdue(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """For those who watch the school's compliance: how many adults have something overdue (the
    compliance overview's own figure, from the same computation)."""
    from safepost.compliance.schedule import statuses

    n = sum(1 for status in statuses(school, timezone.localdate()) if status.any_overdue)
    if not n:
        return []
    label = ngettext("%(n)s adult is overdue with the policy, training or a declaration",
                     "%(n)s adults are overdue with the policy, training or a declaration", n) % {"n": n}
    return [TodayItem(n, label, _url("compliance:show-overview", school), Urgency.OVERDUE)]


# --- safeguarding (VIEW_SAFEGUARDING: the headteacher and the DSL only) ---------------------------
# Counts and a link, never a name, a summary or what was said: the overview is often on a shared
# screen.

@provider(Perm.VIEW_SAFEGUARDING)
def safeguarding_concerns(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """Concerns raised (by the triage or by a person) that no incident has been opened from yet;
    the link opens the oldest."""
    from django.db.models import Min

    from safepost.inbox.models import SafeguardingConcern

    found = SafeguardingConcern.objects.filter(school=school, incident__isnull=True).aggregate(n=Count("pk"),
                                                                                               oldest=Min("pk"))
    if not found["n"]:
        return []
    link = reverse("inbox:show-concern", kwargs={"school": school.slug, "pk": found["oldest"]})
    label = ngettext("%(n)s safeguarding concern waits for you", "%(n)s safeguarding concerns wait for you",
                     found["n"]) % {"n": found["n"]}
    return [TodayItem(found["n"], label, link, Urgency.OVERDUE)]


@provider(Perm.VIEW_SAFEGUARDING)
def incident_steps_due(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """Open incidents whose next step is overdue, or due by the end of today."""
    from safepost.safeguarding.models import Incident
    from safepost.safeguarding.states import IncidentStatus

    now = timezone.now()
    counts = (Incident.objects.filter(school=school, next_step_due__lt=_end_of_today())
              .exclude(status=IncidentStatus.CLOSED)
              .aggregate(overdue=Count("pk", filter=Q(next_step_due__lt=now)),
                         today=Count("pk", filter=Q(next_step_due__gte=now))))
    link = _url("safeguarding:list-incidents", school)
    items = []
    if counts["overdue"]:
        items.append(TodayItem(counts["overdue"], ngettext(
            "%(n)s safeguarding incident has a next step overdue", "%(n)s safeguarding incidents have a next step overdue",
            counts["overdue"]) % {"n": counts["overdue"]}, link, Urgency.OVERDUE))
    if counts["today"]:
        items.append(TodayItem(counts["today"], ngettext(
            "%(n)s safeguarding incident has a next step due today",
            "%(n)s safeguarding incidents have a next step due today", counts["today"]) % {"n": counts["today"]},
            link, Urgency.TODAY))
    return items


# --- for everyone ------------------------------------------------------------------------------

@provider(Perm.VIEW_POLICY)
def read_the_policy(user: AbstractBaseUser, school: School) -> list[TodayItem]:
    """Everyone, volunteers included, can read the school's social media policy. No query."""
    return [TodayItem(None, gettext("Read the school's social media policy"), _url("policies:show-policy", school),
                      Urgency.INFO)]
