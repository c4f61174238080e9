"""The queue queries read an index (never a scan of every comment and a sort), on SQLite and on
PostgreSQL, with enough rows spread over two schools for the planner to choose freely."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.db import connection, transaction

from safepost.inbox.models import Comment, Priority
from safepost.inbox.queues import queue
from safepost.schools.models import Role
from tests.web.conftest import World, build_world
from tests.web.inbox_support import make_account

ROWS = 20_000


@pytest.fixture(scope="module")
def _many_once(django_db_setup: None, django_db_blocker: Any) -> Iterator[World]:
    """The rows are written once for this module's tests, in a transaction rolled back after the
    last of them; each test still runs in its own savepoint inside it, as with ``db``."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield fill(build_world())
        transaction.set_rollback(True)


@pytest.fixture
def many(_many_once: World, db: None) -> World:
    return _many_once


def fill(world: World) -> World:
    from safepost.schools.models import School

    ours = make_account(world)
    # Twenty other schools share the table, as on a trust's installation.
    others = []
    for n in range(20):
        school = School.objects.create(organisation=world.school.organisation, name=f"S{n}", slug=f"s{n}")
        account = make_account(world, name=f"Other {n}", handle=f"other{n}")
        account.school = school
        account.save()
        others.append(account)
    start = datetime(2026, 11, 1, tzinfo=UTC)
    Comment.objects.bulk_create([
        Comment(school_id=account.school_id, account=account, remote_id=f"r{i}", text="synthetic comment",
                received_at=start + timedelta(minutes=i), category="question", deadline=start + timedelta(minutes=i + 1440),
                priority=Priority.CLOSED if i % 10 else (Priority.URGENT if i % 70 == 0 else Priority.NORMAL),
                assignee=world.users[Role.ADMINISTRATOR] if i % 3 == 0 else None)
        for i in range(ROWS) for account in [ours if i % 21 == 0 else others[i % 20]]], batch_size=2000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return world


def _plan(world: World, **kwargs: object) -> str:
    rows = queue(world.school.pk, user_id=world.users[Role.ADMINISTRATOR].pk, **kwargs)  # type: ignore[arg-type]
    return rows[:50].explain()


@pytest.mark.parametrize(("kwargs", "index"), [
    ({}, "inbox_queue"),
    ({"name": "mine"}, "inbox_queue_assignee"),
])
def test_it_reads_the_queue_from_its_index(many: World, kwargs: dict[str, object], index: str) -> None:
    plan = _plan(many, **kwargs)
    assert index in plan, plan
    if connection.vendor == "sqlite":
        assert "SCAN inbox_comment\n" not in plan + "\n" and "TEMP B-TREE" not in plan, plan
    else:  # PostgreSQL may sort the few rows the index found (a bitmap scan), never scan the table
        assert "Seq Scan on inbox_comment" not in plan, plan


def test_it_reads_one_accounts_queue_from_an_index(many: World) -> None:
    account = Comment.objects.filter(school=many.school).values_list("account_id", flat=True).first()
    plan = _plan(many, account_id=account)
    assert "inbox_queue" in plan, plan  # inbox_queue or inbox_queue_account
    assert "Seq Scan on inbox_comment" not in plan and "SCAN inbox_comment\n" not in plan + "\n", plan
