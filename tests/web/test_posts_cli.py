"""`safepost posts publish-due` and `safepost posts list`, called in process on the test database."""

from __future__ import annotations

import argparse
from datetime import timedelta

import pytest
from django.utils import timezone

from safepost.commands import posts as posts_command
from safepost.posts.models import Publication
from safepost.posts.states import PublicationStatus
from safepost.schools.models import Role
from tests.web.conftest import World
from tests.web.posts_fakes import approved_post, make_account, scripted

_ = scripted
pytestmark = pytest.mark.django_db


def args(**kw: object) -> argparse.Namespace:
    base: dict[str, object] = {"data_dir": None, "worker_id": "cli-worker", "loop": False, "interval": 1.0,
                               "school": None, "queue": "all"}
    return argparse.Namespace(**(base | kw))


def test_it_publishes_due_posts_in_one_pass_and_lists_the_queues(world: World, scripted,  # type: ignore[no-untyped-def]
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    account = make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR],
                           login={"username": "u", "password": "p-for-tests"})
    post = approved_post(world.school, [account], text="Our harvest festival raised money for the food bank.")
    Publication.objects.filter(post=post).update(due_at=timezone.now() - timedelta(seconds=1))
    assert posts_command.run(args(action="publish-due")) == 0
    assert "1 publication(s) handled" in capsys.readouterr().out
    pub = Publication.objects.get(post=post)
    assert pub.status == PublicationStatus.PUBLISHED and pub.claimed_by == "cli-worker"
    assert posts_command.run(args(action="list", school=world.school.slug, queue="published")) == 0
    out = capsys.readouterr()
    assert f"post {post.pk}\tpublished" in out.out and "harvest" not in out.out  # ids, never the words
    assert posts_command.run(args(action="list", school=world.school.slug, queue="waiting")) == 0
    assert f"post {post.pk}" not in capsys.readouterr().out


def test_it_names_an_unknown_school_plainly(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    assert posts_command.run(args(action="list", school="no-such-school", queue="all")) == 2
    assert "--school 'no-such-school': no school with that slug" in capsys.readouterr().err


def test_it_publishes_from_the_worker_sweep_loop(world: World, scripted) -> None:  # type: ignore[no-untyped-def]
    from safepost.web import runtime

    account = make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR],
                           login={"username": "u", "password": "p-for-tests"})
    post = approved_post(world.school, [account])
    Publication.objects.filter(post=post).update(due_at=timezone.now() - timedelta(seconds=1))
    names = {s.__name__ for s in runtime.sweeps()}
    assert {"sweep_expired_posts", "sweep_due_publications", "sweep_withdrawals", "sweep_takedowns"} <= names
    # each sweep as run_sweeps_once runs them (it also closes old connections, which would
    # end this test's transaction)
    assert sum(sweep() for sweep in runtime.sweeps()) >= 1
    pub = Publication.objects.get(post=post)
    assert pub.status == PublicationStatus.PUBLISHED and len(scripted.posts) == 1
