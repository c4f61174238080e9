"""Time-based inbox work, run by the sweep loop of `safepost serve` / `safepost worker` and by
`safepost inbox sweep`. Every step claims its rows with a conditional update first, so two
sweepers running at once never send the same email twice.

* fetch new comments from each account whose platform can be read (backing off when it is down);
* send any safeguarding alert still unsent;
* give unassigned comments to whoever is on the rota today;
* remind the assignee shortly before the deadline;
* escalate to senior leadership once the deadline has passed;
* poll the school's public-mention feeds (RSS/Atom), each at most every 15 minutes.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.utils import timezone

from safepost.accounts.models import OfficialAccount
from safepost.accounts.states import AccountStatus
from safepost.audit.chain import record
from safepost.connectors import ConnectorError
from safepost.inbox.actions import ActionError, comment_link, do_escalate_comment
from safepost.inbox.connection import connector_of
from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.mentions import sweep_mentions
from safepost.inbox.models import Comment, FetchCursor, Priority
from safepost.inbox.rota import on_duty
from safepost.inbox.safeguarding import sweep_unsent_alerts
from safepost.inbox.states import CommentStatus
from safepost.posts.models import Publication
from safepost.schools.models import School

log = logging.getLogger("safepost.inbox")

REMIND_BEFORE = timedelta(hours=2)
FETCH_EVERY = timedelta(minutes=1)
#: How long one sweeper holds an account while it fetches; another takes over after this.
FETCH_LEASE = timedelta(minutes=5)
#: Comments created a little before the last fetch are asked for again (clock skew); dedup drops them.
OVERLAP = timedelta(minutes=5)
MAX_BACKOFF = timedelta(hours=1)
BATCH = 500


def sweep_inbox(now: datetime | None = None) -> int:
    """Everything time-based the inbox does. Returns how many things it did."""
    now = now or timezone.now()
    done = sweep_fetch_comments(now)
    done += sweep_unsent_alerts()
    done += sweep_assign(now)
    done += sweep_reminders(now)
    done += sweep_overdue(now)
    done += sweep_mentions(now)
    return done


# --- fetching ------------------------------------------------------------------------------------

def watched_posts(account: OfficialAccount, limit: int = 200) -> list[str]:
    """The remote ids of the account's newest official posts: the threads to read."""
    return list(Publication.objects.filter(account=account).exclude(remote_id="")
                .order_by("-published_at").values_list("remote_id", flat=True)[:limit])


def sweep_fetch_comments(now: datetime) -> int:
    count = 0
    for account in OfficialAccount.objects.filter(status=AccountStatus.ACTIVE).exclude(secret=""):
        connector = connector_of(account)
        if connector is None or not connector.capabilities.fetch_comments:
            continue
        cursor, _ = FetchCursor.objects.get_or_create(account=account)
        if not _claim_fetch(cursor, now):
            continue
        count += fetch_account(account, cursor, now)
    return count


def _claim_fetch(cursor: FetchCursor, now: datetime) -> bool:
    if cursor.next_attempt_at is not None and cursor.next_attempt_at > now:
        return False
    return bool(FetchCursor.objects.filter(pk=cursor.pk, next_attempt_at=cursor.next_attempt_at)
                .update(next_attempt_at=now + FETCH_LEASE))


def fetch_account(account: OfficialAccount, cursor: FetchCursor, now: datetime) -> int:
    """Fetch and ingest one account's new comments; a failure is recorded and retried later."""
    posts = watched_posts(account)
    if not posts:
        FetchCursor.objects.filter(pk=cursor.pk).update(next_attempt_at=now + FETCH_EVERY)
        return 0
    since = cursor.fetched_until - OVERLAP if cursor.fetched_until else None
    connector = connector_of(account)
    assert connector is not None
    try:
        remotes = connector.fetch_comments(since, posts)
    except ConnectorError as exc:
        return _fetch_failed(cursor, exc, now)
    result = do_ingest_comments(account, remotes, now=now)
    newest = max((r.created_at for r in remotes), default=cursor.fetched_until)
    FetchCursor.objects.filter(pk=cursor.pk).update(fetched_until=newest, failures=0, last_error="",
                                                    next_attempt_at=now + FETCH_EVERY)
    for error in result.errors:
        log.warning("account %s: %s", account.pk, error)
    return len(result.created)


def _fetch_failed(cursor: FetchCursor, exc: ConnectorError, now: datetime) -> int:
    failures = cursor.failures + 1
    wait = timedelta(seconds=exc.retry_after) if exc.retry_after else FETCH_EVERY * 2 ** min(failures, 6)
    FetchCursor.objects.filter(pk=cursor.pk).update(failures=failures, last_error=exc.message[:1000],
                                                    next_attempt_at=now + min(wait, MAX_BACKOFF))
    log.warning("fetching comments for account %s failed (%s): %s", cursor.account_id, failures, exc.message)
    return 0


# --- assignment, reminders, escalation -----------------------------------------------------------

def _open() -> Q:
    return Q(priority__lt=Priority.CLOSED)


def sweep_assign(now: datetime) -> int:
    """Give unassigned open comments to today's rota (round robin, fewest open first)."""
    done = 0
    day = timezone.localdate(now)
    school_ids = set(Comment.objects.filter(_open(), assignee__isnull=True).values_list("school_id", flat=True)[:BATCH])
    for school_id in school_ids:
        people = on_duty(School.objects.get(pk=school_id), day)
        if not people:
            continue
        pending = Comment.objects.filter(_open(), school_id=school_id, assignee__isnull=True).order_by(
            "priority", "deadline").values_list("pk", flat=True)[:BATCH]
        for index, pk in enumerate(list(pending)):
            person = people[index % len(people)]
            claimed = Comment.objects.filter(pk=pk, assignee__isnull=True).update(assignee_id=person)
            Comment.objects.filter(pk=pk, status=CommentStatus.NEW).update(status=CommentStatus.ASSIGNED)
            done += claimed
    return done


def sweep_reminders(now: datetime) -> int:
    """Remind the assignee of each comment due within REMIND_BEFORE (once per assignee)."""
    due = Comment.objects.filter(_open(), assignee__isnull=False, reminded_at__isnull=True,
                                 deadline__gt=now, deadline__lte=now + REMIND_BEFORE)
    sent = 0
    for pk in list(due.values_list("pk", flat=True)[:BATCH]):
        if Comment.objects.filter(pk=pk, reminded_at__isnull=True).update(reminded_at=now) != 1:
            continue  # another sweeper has it
        comment = Comment.objects.select_related("assignee", "account", "school").get(pk=pk)
        if comment.assignee is not None and comment.assignee.email:
            deadline = timezone.localtime(comment.deadline).strftime("%H:%M on %A %d %B")
            send_mail(f"safepost: a comment on {comment.account.name} needs a reply by {deadline}",
                      f"A comment assigned to you needs a reply by {deadline} (London time).\n\n"
                      f"{comment_link(comment)}\n", settings.DEFAULT_FROM_EMAIL, [comment.assignee.email])
        record(None, comment.school, "inbox.reminded", comment, assignee=comment.assignee_id)
        sent += 1
    return sent


def sweep_overdue(now: datetime) -> int:
    """Escalate each comment whose deadline has passed to senior leadership (once)."""
    late = Comment.objects.filter(_open(), overdue_alerted_at__isnull=True, deadline__lt=now)
    sent = 0
    for pk in list(late.values_list("pk", flat=True)[:BATCH]):
        if Comment.objects.filter(pk=pk, overdue_alerted_at__isnull=True).update(overdue_alerted_at=now) != 1:
            continue
        comment = Comment.objects.select_related("account", "school").get(pk=pk)
        when = timezone.localtime(comment.deadline).strftime("%H:%M on %A %d %B")
        try:
            do_escalate_comment(None, comment, f"No reply was recorded by the deadline, {when} (London time).",
                                overdue=True)
        except ActionError:
            continue
        sent += 1
    return sent
