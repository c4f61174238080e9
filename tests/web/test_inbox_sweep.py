"""Deadlines that hold, against a fixed clock: a weekend, a Welsh bank holiday and a half-term
closure; reminders before the deadline, escalation after it, each sent once; the rota with cover,
leave and holiday monitoring; the scheduled fetch backing off when a platform is down."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.db import connection

from safepost.audit.models import Event
from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Closure, Comment, FetchCursor, RotaEntry, RotaKind
from safepost.inbox.rota import on_duty
from safepost.inbox.states import CommentStatus
from safepost.inbox.sweeps import sweep_inbox, sweep_reminders
from safepost.schools.models import Nation, Role
from tests.web.conftest import World
from tests.web.inbox_support import make_account, publication, remote


def at(day: str, clock: str) -> datetime:
    """A UTC moment (the test dates are chosen so London offsets are stated in each test)."""
    return datetime.fromisoformat(f"{day}T{clock}+00:00")


@pytest.fixture
def wales(world: World) -> World:
    world.school.nation = Nation.WALES
    world.school.save()
    world.school.bump()
    return world


def _ingest(world: World, remote_id: str, when: datetime, assignee: User | None = None) -> Comment:
    do_ingest_comments(make_account(world, name=f"acct {remote_id}", handle=remote_id),
                       [remote(remote_id, "What time does school finish on the last day of term?", when)], now=when)
    comment = Comment.objects.get(remote_id=remote_id)
    if assignee is not None:
        Comment.objects.filter(pk=comment.pk).update(assignee=assignee, status=CommentStatus.ASSIGNED)
    return comment


@pytest.fixture
def sweep(django_capture_on_commit_callbacks: Callable[..., Any]) -> Callable[[datetime], int]:
    """The sweep at a fixed moment, running what it schedules on commit (as it would in production)."""
    def run(moment: datetime) -> int:
        with django_capture_on_commit_callbacks(execute=True):
            return sweep_inbox(moment)
    return run


def _sent_to(address: str) -> list[str]:
    return [m.subject for m in mail.outbox if address in m.to]


def test_it_waits_over_a_weekend_then_reminds_once_and_escalates_once(wales: World, sweep: Callable[[datetime], int]) -> None:
    moderator = wales.users[Role.ADMINISTRATOR]
    comment = _ingest(wales, "sat", at("2026-11-28", "10:00"), moderator)  # Saturday
    assert comment.deadline == at("2026-11-30", "17:00")  # Monday 17:00 GMT
    for moment in (at("2026-11-29", "12:00"), at("2026-11-30", "14:00")):
        sweep(moment)
    assert mail.outbox == []
    sweep(at("2026-11-30", "15:30"))
    sweep(at("2026-11-30", "15:45"))
    assert len(_sent_to(moderator.email)) == 1 and "17:00 on Monday 30 November" in _sent_to(moderator.email)[0]
    sweep(at("2026-11-30", "17:01"))
    sweep(at("2026-11-30", "18:00"))
    slt = _sent_to(wales.users[Role.SLT].email)
    assert len(slt) == 1 and "past its response deadline" in slt[0]
    comment.refresh_from_db()
    assert comment.status == CommentStatus.ESCALATED
    assert Event.objects.filter(action="inbox.reminded").count() == 1
    assert Event.objects.filter(action="inbox.escalated", detail__overdue=True).count() == 1


def test_it_moves_the_deadline_past_a_welsh_bank_holiday(wales: World, sweep: Callable[[datetime], int]) -> None:
    moderator = wales.users[Role.ADMINISTRATOR]
    comment = _ingest(wales, "bh", at("2026-08-31", "08:00"), moderator)  # 09:00 BST, Late Summer Bank Holiday
    assert comment.deadline == at("2026-09-01", "16:00")  # Tuesday 17:00 BST
    sweep(at("2026-08-31", "20:00"))
    assert mail.outbox == []
    sweep(at("2026-09-01", "14:30"))
    assert len(_sent_to(moderator.email)) == 1
    sweep(at("2026-09-01", "16:01"))
    assert len(_sent_to(wales.users[Role.HEADTEACHER].email)) == 1


def test_it_moves_the_deadline_past_a_half_term_closure_and_the_holiday_rota_watches(wales: World, sweep: Callable[[datetime], int]) -> None:
    Closure.objects.create(school=wales.school, starts_on=date(2026, 10, 26), ends_on=date(2026, 10, 30),
                           label="October half term")
    duty, holiday = wales.users[Role.ADMINISTRATOR], wales.users[Role.SLT]
    for weekday in range(7):
        RotaEntry.objects.create(school=wales.school, moderator=duty, kind=RotaKind.DUTY, weekday=weekday)
    RotaEntry.objects.create(school=wales.school, moderator=holiday, kind=RotaKind.HOLIDAY,
                             starts_on=date(2026, 10, 24), ends_on=date(2026, 11, 1))
    comment = _ingest(wales, "ht", at("2026-10-27", "10:00"))  # Tuesday of half term
    assert comment.deadline == at("2026-11-02", "17:00")  # next working day, Monday after half term
    sweep(at("2026-10-28", "09:00"))
    comment.refresh_from_db()
    assert comment.assignee == holiday  # holiday monitoring, not the weekly duty
    assert mail.outbox == []
    sweep(at("2026-11-02", "15:30"))
    assert len(_sent_to(holiday.email)) == 1
    late = _ingest(wales, "after", at("2026-11-03", "09:00"))
    sweep(at("2026-11-03", "09:05"))
    late.refresh_from_db()
    assert late.assignee == duty


def test_it_covers_leave_from_the_rota(world: World) -> None:
    regular, cover = world.users[Role.ADMINISTRATOR], world.users[Role.DSL]
    RotaEntry.objects.create(school=world.school, moderator=regular, kind=RotaKind.DUTY, weekday=0)
    RotaEntry.objects.create(school=world.school, moderator=regular, kind=RotaKind.LEAVE,
                             starts_on=date(2026, 12, 7), ends_on=date(2026, 12, 11))
    RotaEntry.objects.create(school=world.school, moderator=cover, kind=RotaKind.COVER,
                             starts_on=date(2026, 12, 7), ends_on=date(2026, 12, 11))
    assert on_duty(world.school, date(2026, 11, 30)) == [regular.pk]
    assert on_duty(world.school, date(2026, 12, 7)) == [cover.pk]
    assert on_duty(world.school, date(2026, 12, 14)) == [regular.pk]
    assert on_duty(world.school, date(2026, 12, 1)) == []  # nobody on Tuesdays: stays unassigned


def test_it_never_reminds_or_escalates_a_handled_comment(world: World, sweep: Callable[[datetime], int]) -> None:
    comment = _ingest(world, "done", at("2026-11-30", "09:00"), world.users[Role.ADMINISTRATOR])
    Comment.objects.filter(pk=comment.pk).update(status=CommentStatus.HANDLED, priority=9)
    sweep(at("2026-12-01", "08:00"))
    sweep(at("2026-12-02", "08:00"))
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True)
def test_it_sends_one_reminder_when_two_sweepers_race(world: World) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's shared in-memory test database locks out a second writing thread; "
                    "run with DATABASE_URL=postgres://... for the race (CI does)")
    moderator = world.users[Role.ADMINISTRATOR]
    for index in range(20):
        _ingest(world, f"r{index}", at("2026-11-30", "09:00"), moderator)
    barrier = threading.Barrier(2)
    counts: list[int] = []

    def sweeper() -> None:
        barrier.wait()
        try:
            counts.append(sweep_reminders(at("2026-12-01", "08:00")))
        finally:
            connection.close()

    threads = [threading.Thread(target=sweeper) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(counts) == 20 and len(_sent_to(moderator.email)) == 20
    assert Event.objects.filter(action="inbox.reminded").count() == 20


def test_it_backs_off_when_the_platform_is_down_and_loses_nothing(world: World) -> None:
    from safepost.accounts import vault
    from safepost.posts.models import Publication

    account = make_account(world, platform="bluesky", handle="down.test")
    account.secret = vault.seal({"username": "down.test", "password": "x", "base_url": "http://127.0.0.1:9"})
    account.save()
    publication(world, account, "at://did:plc:x/app.bsky.feed.post/1")
    now = datetime.now(tz=UTC)
    sweep_inbox(now)
    cursor = FetchCursor.objects.get(account=account)
    assert cursor.failures == 1 and cursor.last_error and cursor.next_attempt_at > now + timedelta(minutes=1)
    sweep_inbox(now + timedelta(seconds=30))  # too soon: not tried again
    cursor.refresh_from_db()
    assert cursor.failures == 1 and Publication.objects.count() == 1

