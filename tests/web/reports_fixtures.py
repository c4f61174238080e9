"""A hand-made autumn term 2025 for the governors' report tests: every number is counted by hand
in the comments here, and the tests assert those numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import User

from safepost.accounts.models import OfficialAccount
from safepost.consent.models import ConsentChange, ConsentEvent
from safepost.inbox.models import Comment, Priority
from safepost.posts.models import Post, Publication, Revision, Takedown
from safepost.posts.states import PostStatus, PublicationStatus, TakedownStatus
from safepost.schools.models import Role, School
from tests.web.conftest import World
from tests.web.posts_fixtures import make_account

LONDON = ZoneInfo("Europe/London")
#: "Now" for every report built from these fixtures: after the autumn term 2025.
NOW = datetime(2026, 1, 10, 12, 0, tzinfo=LONDON)


def london(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=LONDON)  # type: ignore[misc]


def finding(rule: str, severity: str) -> dict[str, object]:
    return {"code": "X", "rule": rule, "severity": severity, "source": "text", "start": 0, "end": 1, "message": rule}


@dataclass
class Term2025:
    accounts: tuple[OfficialAccount, OfficialAccount]
    posts: dict[str, Post]


def _post(school: School, author: User, key: str, revisions: list[tuple[datetime, str, list[dict[str, object]]]]) -> Post:
    post = Post.objects.create(school=school, author=author, status=PostStatus.SUBMITTED)
    for number, (when, verdict, findings) in enumerate(revisions, start=1):
        revision = Revision.objects.create(post=post, number=number, text=f"post {key} version {number}",
                                           verdict=verdict, findings=findings, content_hash=f"{key}{number}",
                                           created_by=author)
        Revision.objects.filter(pk=revision.pk).update(created_at=when)
        post.latest = revision
    post.save()
    return post


def _publish(post: Post, account: OfficialAccount, when: datetime) -> Publication:
    assert post.latest is not None
    return Publication.objects.create(post=post, revision=post.latest, account=account,
                                      idempotency_key=f"k{post.pk}-{account.pk}", status=PublicationStatus.PUBLISHED,
                                      due_at=when, published_at=when, remote_id=f"r{post.pk}-{account.pk}")


def build_term(world: World) -> Term2025:
    """Posts, comments and takedowns around the autumn term 2025 (1 Sep - 31 Dec, London time).

    Posts (a check is a revision; the term counts revisions created in it):
      P1 rev1 10 Sep block [pupil-name block]; rev2 11 Sep pass; published 12 Sep
      P2 rev1 5 Oct review [faces-not-tagged review]; published 6 Oct on both accounts (counts once)
      P3 rev1 1 Nov block [phone-number block, faces-not-tagged review]; never published
      P4 rev1 20 Aug (before the term) review [unsafe-link review]; published 2 Sep (in the term)
      P5 rev1 1 Jan 2026 00:10 (after the term) block [pupil-name block]
      P6 rev1 31 Dec 23:30 pass (in: the last half hour of the term)
      P7 rev1 1 Sep 00:30 BST = 31 Aug 23:30 UTC pass (in: the first half hour, London time)
    => checks 6 (P1 x2, P2, P3, P6, P7); posts checked 5; posts blocked 2 (P1, P3);
       posts published 3 (P1, P2, P4);
       faces-not-tagged found 2 blocked 0 published 1; phone-number 1/1/0; pupil-name 1/1/0;
       unsafe-link 0/0/1.
    """
    school, author = world.school, world.users[Role.STAFF]
    a1, a2 = make_account(world, name="Alpha news"), make_account(world, name="Alpha sport")
    posts = {
        "P1": _post(school, author, "P1", [(london(2025, 9, 10, 9), "block", [finding("pupil-name", "block")]),
                                           (london(2025, 9, 11, 9), "pass", [])]),
        "P2": _post(school, author, "P2", [(london(2025, 10, 5, 9), "review", [finding("faces-not-tagged", "review")])]),
        "P3": _post(school, author, "P3", [(london(2025, 11, 1, 9), "block", [finding("phone-number", "block"),
                                                                              finding("faces-not-tagged", "review")])]),
        "P4": _post(school, author, "P4", [(london(2025, 8, 20, 9), "review", [finding("unsafe-link", "review")])]),
        "P5": _post(school, author, "P5", [(london(2026, 1, 1, 0, 10), "block", [finding("pupil-name", "block")])]),
        "P6": _post(school, author, "P6", [(london(2025, 12, 31, 23, 30), "pass", [])]),
        "P7": _post(school, author, "P7", [(london(2025, 9, 1, 0, 30), "pass", [])]),
    }
    p1 = _publish(posts["P1"], a1, london(2025, 9, 12, 9))
    _publish(posts["P2"], a1, london(2025, 10, 6, 9))
    _publish(posts["P2"], a2, london(2025, 10, 6, 9))
    _publish(posts["P4"], a2, london(2025, 9, 2, 9))
    _comments(world, a1)
    _takedowns(world, p1)
    return Term2025((a1, a2), posts)


def _comments(world: World, account: OfficialAccount) -> None:
    """C1 15 Sep, deadline +24 h, answered after 2 h (on time)
    C2 1 Oct, deadline +24 h, answered after 30 h (late)
    C3 2 Oct, deadline +2 h, answered after 1 h (on time)
    C4 20 Nov, no reply needed
    C5 1 Dec, deadline +24 h, never answered (late: its deadline passed before NOW)
    C6 2 Jan 2026 (after the term)
    => 5 comments, 4 needing a reply, 3 answered, median wait 120 minutes, on time 2 of 4 = 50%;
       by month: September 1, October 2, November 1, December 1."""
    rows = [
        (london(2025, 9, 15, 10), 24, 2),
        (london(2025, 10, 1, 10), 24, 30),
        (london(2025, 10, 2, 10), 2, 1),
        (london(2025, 11, 20, 10), None, None),
        (london(2025, 12, 1, 10), 24, None),
        (london(2026, 1, 2, 10), 24, 1),
    ]
    for n, (received, deadline_hours, answer_hours) in enumerate(rows, start=1):
        Comment.objects.create(
            school=world.school, account=account, remote_id=f"c{n}", text="a comment", received_at=received,
            category="question" if deadline_hours else "praise",
            deadline=received + timedelta(hours=deadline_hours) if deadline_hours else None,
            first_response_at=received + timedelta(hours=answer_hours) if answer_hours else None,
            priority=Priority.CLOSED)


def _takedowns(world: World, publication: Publication) -> None:
    """T1 opened 20 Sep, done after 3 h (on time); T2 opened 20 Oct, done after 30 h (late);
    T3 opened 20 Nov, still open (overdue at NOW); T4 opened 1 Aug (before the term), done.
    => 3 opened, 2 done, 1 on time, 1 still open and overdue, median 16.5 hours, slowest 30;
       bands: within an hour 0, 1-6 h 1, 6-24 h 0, more than 24 h 1."""
    head = world.users[Role.HEADTEACHER]
    for n, (opened, done_hours) in enumerate([(london(2025, 9, 20, 10), 3), (london(2025, 10, 20, 10), 30),
                                              (london(2025, 11, 20, 10), None), (london(2025, 8, 1, 10), 2)]):
        event = ConsentEvent.objects.create(school=world.school, pupil=world.pupils[n % len(world.pupils)],
                                            channel="social_media", change=ConsentChange.WITHDRAWN, granted=False,
                                            recorded_by=head, handled_at=opened)
        takedown = Takedown.objects.create(
            school=world.school, publication=publication, pupil=event.pupil, consent_event=event,
            status=TakedownStatus.DONE if done_hours else TakedownStatus.OPEN, due_at=opened + timedelta(hours=24),
            done_at=opened + timedelta(hours=done_hours) if done_hours else None)
        Takedown.objects.filter(pk=takedown.pk).update(created_at=opened)
