"""Today first: each role's overview says what needs them now, each provider in one query, and
the whole overview in a number of queries that does not grow with the school's data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import AccountStatus, ApplicationStatus
from safepost.consent.actions import do_withdraw_consent
from safepost.consent.models import Channel
from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Comment
from safepost.posts.actions import do_decide_revision
from safepost.posts.models import Publication, Takedown
from safepost.posts.states import Decision
from safepost.schools import today
from safepost.schools.models import Role
from tests.web import inbox_support
from tests.web.conftest import World, verified_client
from tests.web.posts_fixtures import make_account, membership, submitted_post

pytestmark = pytest.mark.django_db


def _busy(world: World) -> None:
    """Something waiting for every provider."""
    account = make_account(world)
    submitted_post(world, account, "Year 4 planted bulbs today.")  # waits for approval
    sent_back = submitted_post(world, account, "Sports day moved to Friday.")
    assert sent_back.latest is not None
    do_decide_revision(membership(world, Role.ADMINISTRATOR), sent_back.latest, Decision.SEND_BACK, "say which field")
    approved = submitted_post(world, account, "Harvest festival.")
    assert approved.latest is not None
    do_decide_revision(membership(world, Role.ADMINISTRATOR), approved.latest, Decision.APPROVE)
    withdrawal = do_withdraw_consent(membership(world, Role.DSL), world.pupils[0], Channel.SOCIAL_MEDIA, "email")
    Takedown.objects.create(school=world.school, publication=Publication.objects.filter(post=approved).first(),
                            pupil=world.pupils[0], consent_event=withdrawal, due_at=timezone.now() - timedelta(hours=1))
    Application.objects.create(school=world.school, platform="instagram", name="PE", aim="sport", audience="parents",
                               promotion="letters", visibility="open", lead=world.staff[0],
                               requested_by=world.users[Role.STAFF])
    Application.objects.create(school=world.school, platform="youtube", name="Music", aim="music", audience="parents",
                               promotion="letters", visibility="open", lead=world.staff[0],
                               requested_by=world.users[Role.STAFF], status=ApplicationStatus.APPROVED)
    OfficialAccount.objects.filter(pk=account.pk).update(status=AccountStatus.FLAGGED)
    inbox_account = inbox_support.make_account(world)
    when = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    do_ingest_comments(inbox_account, [inbox_support.remote("c1", "When is the fair?", when),
                                       inbox_support.remote("c2", "Is school open?", when)])
    first, second = Comment.objects.order_by("pk")
    Comment.objects.filter(pk=first.pk).update(assignee=world.users[Role.ADMINISTRATOR],
                                               deadline=timezone.now() - timedelta(hours=2))
    end_of_day = timezone.localtime().replace(hour=23, minute=59)
    Comment.objects.filter(pk=second.pk).update(assignee=world.users[Role.ADMINISTRATOR],
                                                deadline=max(end_of_day, timezone.now() + timedelta(minutes=1)))


def _overview(world: World, role: Role) -> str:
    url = reverse("schools:dashboard", kwargs={"school": world.school.slug})
    response = verified_client(world.users[role]).get(url)
    assert response.status_code == 200
    return response.content.decode().split('id="today-heading"')[1].split("</section>")[0]


def test_each_provider_runs_one_query_at_most(world: World) -> None:
    _busy(world)
    for _perm, provider in today.PROVIDERS:
        with CaptureQueriesContext(connection) as queries:
            items = provider(world.users[Role.HEADTEACHER], world.school)
        limit = 0 if provider is today.read_the_policy else 1
        assert len(queries) == limit, (provider.__name__, [q["sql"] for q in queries])
        assert all(item.link.startswith(f"/s/{world.school.slug}/") for item in items), provider.__name__


def test_the_headteacher_sees_approvals_takedowns_and_applications_most_urgent_first(world: World) -> None:
    _busy(world)
    html = _overview(world, Role.HEADTEACHER)
    assert "1 takedown is overdue" in html
    assert "1 post waits for your approval" in html  # not the one sent back, nor the approved one
    assert "1 application for an account waits for your decision" in html
    assert "1 account is run by someone who has left" in html
    assert html.index("takedown is overdue") < html.index("waits for your approval") < html.index("Read the school")
    assert 'href="/s/alpha/posts/?tab=waiting"' in html


def test_the_teacher_sees_their_posts_sent_back(world: World) -> None:
    _busy(world)
    html = _overview(world, Role.STAFF)
    assert "1 of your posts was sent back for changes" in html
    assert "takedown" not in html and "application" not in html and "approval" not in html


def test_the_administrator_sees_the_comments_given_to_them_that_are_due(world: World) -> None:
    _busy(world)
    html = _overview(world, Role.ADMINISTRATOR)
    assert "1 comment given to you is overdue" in html and "1 comment given to you is due today" in html
    assert "1 approved account is waiting to be created" in html
    assert 'href="/s/alpha/inbox/?queue=mine"' in html


def test_the_volunteers_page_is_not_empty(world: World) -> None:
    _busy(world)
    url = reverse("schools:dashboard", kwargs={"school": world.school.slug})
    html = verified_client(world.users[Role.VOLUNTEER]).get(url).content.decode()
    assert "Read the school&#x27;s social media policy" in html and "Nothing waits for you." in html
    assert "Your details" in html and world.users[Role.VOLUNTEER].username in html
    assert "Ms Staffer3 Testlast3" in html  # their staff record
    assert "takedown" not in html and "approval" not in html and "pupil" not in html.lower().split("<main")[1]


def test_nothing_waiting_says_so(world: World) -> None:
    html = _overview(world, Role.HEADTEACHER)
    assert "Nothing waits for you." in html


def _queries(world: World, role: Role) -> int:
    client = verified_client(world.users[role])
    url = reverse("schools:dashboard", kwargs={"school": world.school.slug})
    client.get(url)  # warm: the session and the policy cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


#: The overview's queries per role, measured (session, user, membership, the person's details, the
#: cards' counts, one per provider the role may use): a change that adds a query per row, or
#: an N+1, fails here.
BUDGET = {Role.HEADTEACHER: 18, Role.SLT: 18, Role.DSL: 12, Role.ADMINISTRATOR: 18, Role.STAFF: 11,
          Role.GOVERNOR: 9, Role.VOLUNTEER: 5}


def test_the_overview_costs_the_same_few_queries_however_much_waits(world: World) -> None:
    quiet = {role: _queries(world, role) for role in Role}
    _busy(world)
    busy = {role: _queries(world, role) for role in Role}
    for role in Role:
        # one more at most: the posts card lists the overdue takedowns when there are some
        assert busy[role] <= quiet[role] + 1, (role, quiet[role], busy[role])
        assert busy[role] <= BUDGET[role], (role, busy[role])
