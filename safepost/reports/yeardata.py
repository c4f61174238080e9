"""A synthetic year of activity for a demo school, so the governors' report has something to
count: posts and their checks, publications, comments and replies, takedowns.

Rows are written in bulk, not through the actions: this is invented demo data, made in seconds,
and its only audit event says so (``demo.year-seeded``). No text names a child; comments and
posts are stock sentences. Deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import transaction

from safepost.accounts.models import OfficialAccount
from safepost.audit.chain import record
from safepost.consent.models import ConsentChange, ConsentEvent
from safepost.inbox.models import Comment, Priority
from safepost.inbox.states import CommentStatus
from safepost.posts.models import Post, Publication, Revision, Takedown
from safepost.posts.publishing import channel_of
from safepost.posts.states import PostStatus, PublicationStatus, TakedownStatus
from safepost.reports.terms import LONDON
from safepost.schools.models import Membership, Pupil, Role, School

SEEDED_EVENT = "demo.year-seeded"

POST_TEXTS = (
    "Our choir sang at the care home this afternoon. Thank you to everyone who came along.",
    "Reminder: the school office closes at 3.30pm on Friday for staff training.",
    "Year 4 built bird boxes for the wildlife garden today.",
    "Well done to our football team on a hard-fought match this evening.",
    "Book fair in the hall all week, open after school until 4pm.",
    "Harvest festival donations go to the local food bank on Thursday.",
    "Our reading volunteers are back next week: thank you for your time.",
    "Year 6 visited the science museum and came back full of questions.",
)
COMMENT_TEXTS = {
    "praise": "Lovely to see, thank you all!",
    "question": "What time does the event finish on Friday?",
    "complaint": "The car park was chaotic again this morning.",
    "spam": "Win a free phone now, click the link in my profile.",
    "abuse": "This school is a joke and so are the teachers.",
    "safeguarding": "Someone is sending messages to children from a fake account.",
    "other": "Shared with my sister.",
}
#: (category, weight, hours to reply or None for no reply needed)
CATEGORIES = (("praise", 40, None), ("question", 25, 24), ("complaint", 10, 24), ("spam", 10, None),
              ("other", 10, None), ("abuse", 4, 4), ("safeguarding", 1, 2))
#: (rule, code, severity) findings a first draft may carry, with their weights.
FINDINGS = ((("pupil-name", "PUP001", "block"), 8), (("phone-number", "PD101", "block"), 3),
            (("faces-not-tagged", "MED303", "review"), 10), (("political-or-commercial", "CON601", "review"), 4),
            (("unsafe-link", "LNK501", "review"), 5), (("image-not-checked", "MED305", "review"), 6),
            (("offensive-language", "LAN401", "block"), 1), (("tagged-without-consent", "MED302", "block"), 2))


class SeedError(ValueError):
    """The school cannot be given a year of data (no accounts, no staff, already seeded)."""


@dataclass(frozen=True)
class Seeded:
    posts: int
    revisions: int
    publications: int
    comments: int
    takedowns: int


def school_days(first: date, last: date) -> list[date]:
    """Weekdays outside August (a rough school year: enough for demo data)."""
    days, day = [], first
    while day <= last:
        if day.weekday() < 5 and day.month != 8:
            days.append(day)
        day += timedelta(days=1)
    return days


def at(day: date, hour: float) -> datetime:
    return datetime.combine(day, time(), LONDON) + timedelta(hours=hour)


@transaction.atomic
def seed_year(school: School, end: date, seed: int = 0, posts_per_day: float = 2.4,
              comments_per_day: float = 18.0) -> Seeded:
    """A year of synthetic activity ending on ``end`` (inclusive)."""
    from safepost.audit.models import Event

    if Event.objects.filter(school=school, action=SEEDED_EVENT).exists():
        raise SeedError(f"school {school.slug} already has a year of demo data")
    accounts = list(OfficialAccount.objects.filter(school=school).select_related("application").order_by("pk"))
    authors = [m.user for m in Membership.objects.filter(school=school, role__in=[Role.STAFF, Role.ADMINISTRATOR])
               .select_related("user").order_by("pk")]
    mover = Membership.objects.filter(school=school, role__in=[Role.ADMINISTRATOR, Role.HEADTEACHER]).order_by("role").first()
    if not accounts or not authors or mover is None:
        raise SeedError(f"school {school.slug} needs an official account, staff logins and an administrator "
                        "(the demo schools have them)")
    rng = random.Random(seed)
    days = school_days(end - timedelta(days=364), end)
    posts, pubs = _posts(school, days, accounts, authors, rng, posts_per_day)
    comments = _comments(school, accounts, end, rng, comments_per_day)
    takedowns = _takedowns(school, pubs, mover.user, rng)
    seeded = Seeded(posts=len(posts), revisions=Revision.objects.filter(post__in=posts).count(), publications=len(pubs),
                    comments=comments, takedowns=takedowns)
    record(None, school, SEEDED_EVENT, school, end=end.isoformat(), **seeded.__dict__)
    return seeded


def _findings(rng: random.Random) -> list[dict[str, object]]:
    if rng.random() > 0.35:
        return []
    (rule, code, severity), = rng.choices([f for f, _w in FINDINGS], weights=[w for _f, w in FINDINGS])
    return [{"code": code, "rule": rule, "severity": severity, "source": "text", "start": 0, "end": 4,
             "message": rule}]


def _verdict(findings: list[dict[str, object]]) -> str:
    severities = {f["severity"] for f in findings}
    return "block" if "block" in severities else ("review" if "review" in severities else "pass")


def _posts(school: School, days: list[date], accounts: list[OfficialAccount], authors: list[Any], rng: random.Random,
           per_day: float) -> tuple[list[Post], list[Publication]]:
    plan = []  # (day, hour, author, findings of each revision, final status)
    for day in days:
        for _n in range(_poisson(rng, per_day)):
            first = _findings(rng)
            revisions = [first]
            if first and first[0]["severity"] == "block":
                revisions.append([] if rng.random() < 0.8 else [dict(first[0], severity="review")])
            fate = rng.random()
            status = (PostStatus.PUBLISHED if fate < 0.86 or (revisions[-1] == [] and fate < 0.9) else
                      PostStatus.REJECTED if fate < 0.94 else PostStatus.EXPIRED)
            if revisions[-1] and revisions[-1][0]["severity"] == "block":
                status = PostStatus.REJECTED  # a block nobody overrode never goes out
            plan.append((day, rng.uniform(8, 16), rng.choice(authors), revisions, status))
    posts = Post.objects.bulk_create([Post(school=school, author=a, status=s) for _d, _h, a, _r, s in plan])
    revision_rows: list[Revision] = []
    when: list[datetime] = []
    for post, (day, hour, author, drafts, _s) in zip(posts, plan, strict=True):
        for number, findings in enumerate(drafts, start=1):
            text = rng.choice(POST_TEXTS)
            revision_rows.append(Revision(post=post, number=number, text=text, verdict=_verdict(findings),
                                          findings=findings, created_by=author,
                                          content_hash=hashlib.sha256(f"{post.pk}:{number}:{text}".encode()).hexdigest()))
            when.append(at(day, hour + (number - 1) * 0.5))
    saved = Revision.objects.bulk_create(revision_rows)
    for revision, created in zip(saved, when, strict=True):
        revision.created_at = created
    Revision.objects.bulk_update(saved, ["created_at"], batch_size=500)
    latest = {r.post_id: r for r in saved}  # the last one of each post wins
    publications = []
    for post, (day, hour, _a, _r, status) in zip(posts, plan, strict=True):
        post.latest = latest[post.pk]
        post.created_at = post.updated_at = at(day, hour)
        if status == PostStatus.PUBLISHED:
            post.approved = post.latest
            account = rng.choice(accounts)
            published = at(day, hour + rng.uniform(1, 30))
            publications.append(Publication(post=post, revision=post.latest, account=account,
                                            idempotency_key=f"year-{school.pk}-{post.pk}", status=PublicationStatus.PUBLISHED,
                                            due_at=published, attempts=1, remote_id=f"year-{post.pk}",
                                            url=f"{account.url}/posts/{post.pk}", published_at=published))
    Post.objects.bulk_update(posts, ["latest", "approved", "created_at", "updated_at"], batch_size=500)
    return posts, Publication.objects.bulk_create(publications)


def _comments(school: School, accounts: list[OfficialAccount], end: date, rng: random.Random, per_day: float) -> int:
    weights = [w for _c, w, _h in CATEGORIES]
    rows = []
    for offset in range(365):
        day = end - timedelta(days=offset)
        for n in range(_poisson(rng, per_day * (0.4 if day.month == 8 or day.weekday() >= 5 else 1.0))):
            (category, _w, hours), = rng.choices(CATEGORIES, weights=weights)
            received = at(day, rng.uniform(6, 23))
            deadline = received + timedelta(hours=hours) if hours else None
            answered = None
            if hours is not None and deadline is not None and rng.random() < 0.93:
                # Most replies come well inside the deadline; a tail comes late.
                answered = received + timedelta(hours=min(hours * 3, rng.lognormvariate(0, 1.1) * hours / 8))
            account = rng.choice(accounts)
            rows.append(Comment(
                school=school, account=account, remote_id=f"year-{day.isoformat()}-{n}", text=COMMENT_TEXTS[category],
                author_handle=f"parent{rng.randint(1, 400)}.example", received_at=received, source="import",
                category=category, confidence=0.9, deadline=deadline, first_response_at=answered,
                handled_at=answered or received + timedelta(hours=1),
                status=CommentStatus.HANDLED, priority=Priority.CLOSED))
    Comment.objects.bulk_create(rows, batch_size=1000)
    return len(rows)


def _takedowns(school: School, publications: list[Publication], user: Any, rng: random.Random) -> int:
    """About one a month: a parent withdraws consent for a child in a published post."""
    pupils = list(Pupil.objects.filter(school=school).order_by("pk")[:40])
    if not pupils or not publications:
        return 0
    chosen = rng.sample(publications, min(12, len(publications)))
    done = 0
    for publication in chosen:
        pupil = rng.choice(pupils)
        recorded = (publication.published_at or publication.due_at) + timedelta(days=rng.uniform(2, 40))
        event = ConsentEvent.objects.create(school=school, pupil=pupil, channel=channel_of(publication.account),
                                            change=ConsentChange.WITHDRAWN, granted=False, recorded_by=user,
                                            evidence="synthetic year of demo data", handled_at=recorded)
        ConsentEvent.objects.filter(pk=event.pk).update(recorded_at=recorded)
        hours = rng.choice((0.3, 0.8, 2, 3.5, 5, 9, 14, 20, 30))
        takedown = Takedown.objects.create(school=school, publication=publication, pupil=pupil, consent_event=event,
                                           status=TakedownStatus.DONE, due_at=recorded + timedelta(hours=24),
                                           done_at=recorded + timedelta(hours=hours), done_by=user,
                                           how="deleted by hand (synthetic demo data)")
        Takedown.objects.filter(pk=takedown.pk).update(created_at=recorded)
        Publication.objects.filter(pk=publication.pk).update(status=PublicationStatus.DELETED)
        Post.objects.filter(pk=publication.post_id).update(status=PostStatus.TAKEN_DOWN)
        done += 1
    return done


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson count (Knuth's method: means here are small)."""
    import math

    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1
