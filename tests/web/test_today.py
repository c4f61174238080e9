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


#: The compliance providers read the compliance schedule: the adult (or the adults), the current
#: version, and one query per kind of record (acknowledgements, training, declarations,
#: checklists), whatever the school's size (test_the_compliance_providers_cost_the_same_...).
COMPLIANCE_QUERIES = 6
LIMITS = {"read_the_policy": 0, "my_compliance": COMPLIANCE_QUERIES, "adults_overdue": COMPLIANCE_QUERIES}


def _provider_queries(provider: today.Provider, user: object, school: object) -> tuple[int, list[today.TodayItem]]:
    provider(user, school)  # type: ignore[arg-type]  # warm: the school's policy cache
    with CaptureQueriesContext(connection) as queries:
        items = provider(user, school)  # type: ignore[arg-type]
    return len(queries), items


def test_each_provider_runs_one_query_at_most(world: World) -> None:
    _busy(world)
    for _perm, provider in today.PROVIDERS:
        count, items = _provider_queries(provider, world.users[Role.HEADTEACHER], world.school)
        assert count <= LIMITS.get(provider.__name__, 1), (provider.__name__, count)
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
#: cards' counts, one per provider the role may use, COMPLIANCE_QUERIES for each compliance
#: provider): a change that adds a query per row, or an N+1, fails here.
BUDGET = {Role.HEADTEACHER: 32, Role.SLT: 30, Role.DSL: 26, Role.ADMINISTRATOR: 30, Role.STAFF: 17,
          Role.GOVERNOR: 21, Role.VOLUNTEER: 11}


def test_the_overview_costs_the_same_few_queries_however_much_waits(world: World) -> None:
    from safepost.compliance.actions import do_sync_adults

    do_sync_adults(world.school)  # every adult has a row: the compliance providers do their full work
    quiet = {role: _queries(world, role) for role in Role}
    _busy(world)
    _publish(world, days_ago=30)
    _safeguarding(world)
    busy = {role: _queries(world, role) for role in Role}
    for role in Role:
        # one more at most: the posts card lists the overdue takedowns when there are some;
        # the compliance schedule reads the current version's acknowledgements when there is one
        assert busy[role] <= quiet[role] + 2, (role, quiet[role], busy[role])
        assert busy[role] <= BUDGET[role], (role, busy[role])


# --- compliance: acknowledging the policy, the person's tasks, adults overdue ---------------------

def _publish(world: World, days_ago: int = 0) -> None:
    """Publish a policy version ``days_ago`` days ago, every adult having joined before it."""
    from safepost.compliance.actions import do_publish_version, do_sync_adults
    from safepost.compliance.models import Adult, PolicyVersion

    do_sync_adults(world.school)
    do_publish_version(membership(world, Role.HEADTEACHER), "first")
    then = timezone.now() - timedelta(days=days_ago)
    PolicyVersion.objects.filter(school=world.school).update(published_at=then)
    Adult.objects.filter(school=world.school).update(joined_on=then.date() - timedelta(days=400))


def test_a_teacher_is_asked_to_acknowledge_a_new_version_until_they_have(world: World) -> None:
    from safepost.compliance.actions import do_acknowledge
    from safepost.compliance.models import Adult, PolicyVersion, Via

    _publish(world)
    html = _overview(world, Role.STAFF)
    assert "Read the policy and acknowledge it" in html and 'href="/s/alpha/compliance/me/"' in html
    assert "overdue" not in html.split("Read the policy and acknowledge it")[0].rsplit("<li", 1)[-1]
    adult = Adult.objects.get(school=world.school, user=world.users[Role.STAFF])
    do_acknowledge(adult, PolicyVersion.objects.get(school=world.school), Via.PAGE, world.users[Role.STAFF])
    assert "acknowledge it" not in _overview(world, Role.STAFF)


def test_an_acknowledgement_past_its_grace_is_overdue_and_comes_first(world: World) -> None:
    _publish(world, days_ago=30)
    html = _overview(world, Role.STAFF)
    assert "Acknowledging the policy is overdue" in html
    assert "compliance tasks are overdue" in html  # training, the declaration, the joining checklist
    assert html.index("Acknowledging the policy is overdue") < html.index("Read the school")


def test_the_headteacher_and_governors_see_how_many_adults_are_overdue_and_teachers_do_not(world: World) -> None:
    from safepost.compliance.models import Adult

    _publish(world, days_ago=30)
    adults = Adult.objects.filter(school=world.school).count()
    for role in (Role.HEADTEACHER, Role.GOVERNOR):
        html = _overview(world, role)
        assert f"{adults} adults are overdue with the policy, training or a declaration" in html, role
        assert 'href="/s/alpha/compliance/"' in html
    assert "adults are overdue" not in _overview(world, Role.STAFF)


def test_the_compliance_providers_cost_the_same_for_a_few_or_many_adults(world: World) -> None:
    from safepost.compliance.actions import do_sync_adults
    from safepost.compliance.models import Adult
    from safepost.schools.models import StaffMember

    _publish(world, days_ago=30)
    head = world.users[Role.HEADTEACHER]
    few = {p.__name__: _provider_queries(p, head, world.school)[0] for p in (today.my_compliance, today.adults_overdue)}
    StaffMember.objects.bulk_create(StaffMember(school=world.school, staff_id=f"X{i}", first_name="Extra",
                                                last_name=f"Adult{i}") for i in range(30))
    do_sync_adults(world.school)
    Adult.objects.filter(school=world.school).update(joined_on=timezone.localdate() - timedelta(days=400))
    many = {p.__name__: _provider_queries(p, head, world.school)[0] for p in (today.my_compliance, today.adults_overdue)}
    assert few == many and max(many.values()) <= COMPLIANCE_QUERIES, (few, many)
    assert _provider_queries(today.adults_overdue, head, world.school)[1][0].count >= 30


def test_a_member_without_an_adult_row_yet_is_asked_nothing_and_nothing_is_written(world: World) -> None:
    from safepost.compliance.models import Adult

    assert not Adult.objects.exists()
    count, items = _provider_queries(today.my_compliance, world.users[Role.STAFF], world.school)
    assert items == [] and count == 1 and not Adult.objects.exists()


# --- safeguarding: counts and a link, never a name or a summary ----------------------------------

def _safeguarding(world: World) -> None:
    """An incident whose next step is overdue, one due later today, one closed, and a concern
    raised on a comment that no incident was opened from (and one that has an incident)."""
    from safepost.inbox.models import SafeguardingConcern
    from safepost.safeguarding.models import Incident
    from safepost.safeguarding.states import IncidentStatus
    from tests.web.safeguarding_support import BULLYING, incident

    overdue, later, closed = incident(world), incident(world), incident(world)
    Incident.objects.filter(pk=overdue.pk).update(next_step_due=timezone.now() - timedelta(hours=3))
    Incident.objects.filter(pk=closed.pk).update(next_step_due=timezone.now() - timedelta(hours=3),
                                                 status=IncidentStatus.CLOSED)
    end_of_day = timezone.localtime().replace(hour=23, minute=59)
    Incident.objects.filter(pk=later.pk).update(next_step_due=max(end_of_day, timezone.now() + timedelta(minutes=1)))
    account = inbox_support.make_account(world, name="Alpha Instagram", handle="alpha-sg")
    do_ingest_comments(account, [inbox_support.remote("sg1", BULLYING.format(name=world.pupils[0].first_name),
                                                      timezone.now(), post="sg-post"),
                                 inbox_support.remote("sg2", "Lovely photos", timezone.now(), post="sg-post")])
    waiting, handled = (Comment.objects.get(account=account, remote_id=r) for r in ("sg1", "sg2"))
    if not SafeguardingConcern.objects.filter(comment=waiting).exists():  # the triage may have raised it already
        SafeguardingConcern.objects.create(school=world.school, comment=waiting, reason="bullying")
    opened = SafeguardingConcern.objects.create(school=world.school, comment=handled, reason="handled")
    Incident.objects.filter(pk=closed.pk).update(concern=opened)


def test_the_dsl_sees_concerns_waiting_and_incidents_whose_next_step_is_due(world: World) -> None:
    from safepost.inbox.models import SafeguardingConcern

    _safeguarding(world)
    waiting = SafeguardingConcern.objects.get(incident__isnull=True)
    for role in (Role.DSL, Role.HEADTEACHER):
        html = _overview(world, role)
        assert "1 safeguarding concern waits for you" in html, role
        assert f'href="/s/alpha/inbox/concerns/{waiting.pk}/"' in html
        assert "1 safeguarding incident has a next step overdue" in html
        assert "1 safeguarding incident has a next step due today" in html
        assert 'href="/s/alpha/safeguarding/"' in html
        assert html.index("next step overdue") < html.index("next step due today")
        for secret in (world.pupils[0].first_name, world.pupils[0].last_name, "bullied online", "hates"):
            assert secret not in html, (role, secret)


@pytest.mark.parametrize("role", [Role.SLT, Role.ADMINISTRATOR, Role.STAFF, Role.GOVERNOR, Role.VOLUNTEER])
def test_no_other_role_hears_of_safeguarding_on_the_overview(world: World, role: Role) -> None:
    _safeguarding(world)
    assert "safeguarding" not in _overview(world, role).lower()


def test_the_safeguarding_providers_run_one_query_each_and_say_nothing_when_nothing_waits(world: World) -> None:
    head = world.users[Role.HEADTEACHER]
    for provider in (today.safeguarding_concerns, today.incident_steps_due):
        assert _provider_queries(provider, head, world.school) == (1, [])
    _safeguarding(world)
    for provider in (today.safeguarding_concerns, today.incident_steps_due):
        count, items = _provider_queries(provider, head, world.school)
        assert count == 1 and items and all(item.count for item in items)
