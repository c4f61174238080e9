"""Read-only helpers for the posts pages: word diffs, stored findings, consent beside a pupil,
the calendar grid and the lists the pages show. Nothing here writes."""

from __future__ import annotations

import calendar as calendar_module
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from safepost.accounts.models import OfficialAccount
from safepost.accounts.states import AccountStatus
from safepost.consent.models import Channel
from safepost.engine.findings import Finding, Severity
from safepost.engine.i18n import phrase
from safepost.engine.rules import registry
from safepost.posts.models import Post, Publication, Revision, Takedown
from safepost.posts.publishing import channel_of
from safepost.posts.states import PostStatus, PublicationStatus, TakedownStatus
from safepost.schools.models import Pupil, School, StaffMember

_WORDS = re.compile(r"\s+|[^\s]+")


def word_diff(before: str, after: str) -> SafeString:
    """``after`` with the words added since ``before`` in ``<ins>`` and those removed in ``<del>``."""
    old, new = _WORDS.findall(before), _WORDS.findall(after)
    out: list[str] = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op in {"delete", "replace"} and "".join(old[a1:a2]).strip():
            out.append(f"<del>{escape(''.join(old[a1:a2]))}</del>")
        if op in {"insert", "replace"}:
            out.append(f"<ins>{escape(''.join(new[b1:b2]))}</ins>")
        if op == "equal":
            out.append(escape("".join(new[b1:b2])))
    return mark_safe("".join(out))


def stored_findings(revision: Revision, fresh: Sequence[Finding] = ()) -> list[Finding]:
    """The findings stored on a revision as engine ``Finding`` objects, for ``highlight``.

    Stored findings keep no words (never a pupil's name); their message, explanation, clause and
    fix come from ``fresh`` (a check run now on the same text) when a finding with the same code
    and span is there.
    """
    by_key = {(f.code, f.source, f.start, f.end): f for f in fresh}
    out = []
    for item in revision.findings or []:
        key = (item.get("code"), item.get("source", "text"), item.get("start"), item.get("end"))
        match = by_key.get(key)
        if match is not None:
            out.append(match)
            continue
        out.append(Finding(code=str(item.get("code", "")), rule=str(item.get("rule", "")),
                           severity=Severity(item.get("severity", "advise")), source=str(item.get("source", "text")),
                           start=item.get("start"), end=item.get("end"), message=_rule_words(str(item.get("rule", "")))))
    return out


def _rule_words(rule: str) -> str:
    """What a stored finding says when no fresh check has its words: the rule's summary (a
    translatable engine text), or its name when the rule is gone."""
    found = next(iter(registry.by_name(rule)), None)
    return phrase(found.summary) if found is not None and found.summary else rule


@dataclass(frozen=True)
class ConsentMark:
    """One pupil's consent for one channel a post targets."""

    channel: str
    label: str
    granted: bool


def consent_for(pupil: Pupil, accounts: Iterable[OfficialAccount]) -> list[ConsentMark]:
    """The pupil's consent for each consent channel the accounts publish to (no duplicates)."""
    seen: dict[str, ConsentMark] = {}
    for account in accounts:
        channel = Channel(channel_of(account))
        if channel.value in seen:
            continue
        granted = getattr(pupil, f"consent_{channel.value}")
        if granted is None:  # no separate class-platform answer: social media's applies
            granted = pupil.consent_social_media
        seen[channel.value] = ConsentMark(channel.value, str(channel.label), bool(granted))
    return list(seen.values())


def active_accounts(school: School) -> QuerySet[OfficialAccount]:
    return OfficialAccount.objects.filter(school=school, status=AccountStatus.ACTIVE).order_by("name")


def roster(school: School) -> QuerySet[Pupil]:
    return Pupil.objects.filter(school=school)


def revisions_with_diffs(post: Post) -> list[dict[str, Any]]:
    """The post's revisions, newest first, each with a word diff against the one before and the
    names of whatever else changed (photos, alt text, accounts, pupils, time, answers)."""
    revisions = list(post.revisions.select_related("created_by").prefetch_related(
        "approvals__decided_by", "overrides__decided_by", "photos", "accounts", "tagged_pupils"))
    out: list[dict[str, Any]] = []
    previous: Revision | None = None
    for revision in revisions:
        out.append({"revision": revision, "first": previous is None,
                    "diff": word_diff(previous.text if previous else "", revision.text),
                    "changed": _other_changes(previous, revision) if previous else []})
        previous = revision
    return list(reversed(out))


def _facets(revision: Revision) -> dict[str, object]:
    return {
        str(_("photos")): [p.media_id for p in revision.photos.all()],
        str(_("alt text")): [p.alt_text for p in revision.photos.all()],
        str(_("accounts")): sorted(a.pk for a in revision.accounts.all()),
        str(_("pupils in the photos")): sorted(p.pk for p in revision.tagged_pupils.all()),
        str(_("time")): revision.scheduled_for,
        str(_("answers to the questions")): sorted(k for k, v in (revision.answers or {}).items() if v),
    }


def _other_changes(before: Revision, after: Revision) -> list[str]:
    old, new = _facets(before), _facets(after)
    return [name for name in new if old[name] != new[name]]


def to_local_input(value: datetime | None) -> str:
    """An aware datetime as a ``datetime-local`` value in the school's time zone (Europe/London)."""
    if value is None:
        return ""
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")


# --- calendar -------------------------------------------------------------------------------------


@dataclass
class Day:
    day: date
    in_month: bool
    items: list[dict[str, Any]] = field(default_factory=list)


def parse_month(value: str | None, today: date) -> date:
    """``YYYY-MM`` as the first of that month; today's month for anything else."""
    match = re.fullmatch(r"(\d{4})-(\d{2})", value or "")
    if match and 1 <= int(match[2]) <= 12 and 2000 <= int(match[1]) <= 2100:
        return date(int(match[1]), int(match[2]), 1)
    return today.replace(day=1)


def month_bounds(first: date) -> tuple[datetime, datetime]:
    tz = timezone.get_current_timezone()
    last = first.replace(day=calendar_module.monthrange(first.year, first.month)[1])
    start = timezone.make_aware(datetime.combine(first, time.min), tz)
    end = timezone.make_aware(datetime.combine(last + timedelta(days=1), time.min), tz)
    return start, end


def scheduled_items(school: School, first: date, account: OfficialAccount | None) -> list[dict[str, Any]]:
    """Every post going out (or gone out) to an account in the month: from publications when the
    post is approved, from the latest revision's schedule while it waits for approval."""
    start, end = month_bounds(first)
    items: list[dict[str, Any]] = []
    pubs = Publication.objects.filter(post__school=school, due_at__gte=start, due_at__lt=end).exclude(
        status=PublicationStatus.CANCELLED).select_related("post", "revision", "account")
    if account is not None:
        pubs = pubs.filter(account=account)
    seen: set[tuple[int, int]] = set()
    for pub in pubs:
        seen.add((pub.post_id, pub.account_id))
        when = pub.published_at or pub.due_at
        items.append({"when": when, "post": pub.post, "text": pub.revision.text, "account": pub.account,
                      "status": pub.get_status_display(), "state": pub.status})
    waiting = Revision.objects.filter(
        post__school=school, post__latest=F("pk"), scheduled_for__gte=start, scheduled_for__lt=end,
        post__status__in=[PostStatus.DRAFT, PostStatus.SUBMITTED, PostStatus.CHANGES_REQUESTED, PostStatus.APPROVED],
    ).select_related("post").prefetch_related("accounts")
    for revision in waiting:
        for target in revision.accounts.all():
            if (account is None or target.pk == account.pk) and (revision.post_id, target.pk) not in seen:
                items.append({"when": revision.scheduled_for, "post": revision.post, "text": revision.text,
                              "account": target, "status": revision.post.get_status_display(),
                              "state": revision.post.status})
    return sorted(items, key=lambda item: item["when"])


def month_grid(first: date, items: Sequence[dict[str, Any]]) -> list[list[Day]]:
    """Weeks (Monday first) of days, each with its items, for the month starting ``first``."""
    by_day: dict[date, list[dict[str, Any]]] = {}
    for item in items:
        by_day.setdefault(timezone.localtime(item["when"]).date(), []).append(item)
    weeks = calendar_module.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    return [[Day(d, d.month == first.month, by_day.get(d, [])) for d in week] for week in weeks]


def shift_month(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# --- history and takedowns ---------------------------------------------------------------------------


def account_publications(account: OfficialAccount) -> QuerySet[Publication]:
    """What went out on the account, newest first, with its revision, author and approvals."""
    return (Publication.objects.filter(account=account, status__in=[PublicationStatus.PUBLISHED,
                                                                    PublicationStatus.DELETED])
            .select_related("post__author", "revision__created_by", "recorded_by")
            .prefetch_related("revision__approvals__decided_by")
            .order_by("-published_at", "-pk"))


def takedowns(school: School) -> QuerySet[Takedown]:
    return (Takedown.objects.filter(school=school)
            .select_related("publication__account__lead", "publication__post", "pupil", "done_by", "assignee")
            .order_by("status", "due_at"))


def with_assignable(rows: Iterable[Takedown]) -> list[Takedown]:
    """The takedowns, each open one carrying ``assignable``: who it may be handed to
    (computed once per account)."""
    from safepost.posts.takedowns import assignable_staff

    per_account: dict[int, list[StaffMember]] = {}
    out = []
    for takedown in rows:
        account = takedown.publication.account
        if takedown.status == TakedownStatus.OPEN and account.pk not in per_account:
            per_account[account.pk] = assignable_staff(account)
        takedown.assignable = per_account.get(account.pk, []) if takedown.status == TakedownStatus.OPEN else []  # type: ignore[attr-defined]
        out.append(takedown)
    return out


def overdue_count(school: School) -> int:
    return Takedown.objects.filter(school=school, status=TakedownStatus.OPEN, due_at__lt=timezone.now()).count()


def open_manual(school: School) -> QuerySet[Publication]:
    return (Publication.objects.filter(post__school=school,
                                       status__in=[PublicationStatus.MANUAL, PublicationStatus.UNCERTAIN])
            .select_related("account", "post").order_by("due_at"))


def failed_publications(posts: Iterable[Post]) -> dict[int, list[Publication]]:
    ids = [p.pk for p in posts]
    out: dict[int, list[Publication]] = {}
    for pub in Publication.objects.filter(post_id__in=ids).filter(
            Q(status=PublicationStatus.FAILED) | Q(status=PublicationStatus.RETRYING)).select_related("account"):
        out.setdefault(pub.post_id, []).append(pub)
    return out


def overview_counts(school: School, takedowns_too: bool) -> dict[str, int]:
    """The numbers on the school overview's posts card."""
    counts: dict[str, int] = Post.objects.filter(school=school).aggregate(
        waiting=Count("pk", filter=Q(status=PostStatus.SUBMITTED)), failed=Count("pk", filter=Q(status=PostStatus.FAILED)))
    counts |= {"overdue": 0, "open_takedowns": 0}
    if takedowns_too:
        counts |= Takedown.objects.filter(school=school, status=TakedownStatus.OPEN).aggregate(
            overdue=Count("pk", filter=Q(due_at__lt=timezone.now())), open_takedowns=Count("pk"))
    return counts


def overdue_list(school: School, limit: int = 5) -> list[Takedown]:
    """The oldest overdue takedowns with who must do them, for the overview."""
    from safepost.posts.takedowns import overdue_takedowns

    return list(overdue_takedowns(school)[:limit])
