"""The safeguarding route: the DSL and deputy get an email (a real SMTP server) within 60 s of
ingest, naming no pupil and quoting nothing; the concern is readable by the DSL and head only."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from safepost.inbox.actions import do_correct_category
from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Comment, SafeguardingConcern
from safepost.inbox.safeguarding import send_concern_alert, sweep_unsent_alerts
from safepost.schools.models import Membership, Role
from tests.web.conftest import World, verified_client
from tests.web.inbox_support import Mailbox, make_account, remote, smtp_fixture  # noqa: F401 (fixture)

WHEN = datetime(2026, 11, 28, 21, 40, tzinfo=UTC)  # a Saturday night
DISCLOSURE = "{name} told me her step dad hits her and she is scared to go home, please help"

pytestmark = pytest.mark.django_db(transaction=True)


def _deputy(world: World) -> User:
    deputy = User.objects.create_user("deputy-dsl", email="deputy.dsl@alpha.sch.uk")
    Membership.objects.create(user=deputy, school=world.school, role=Role.DSL)
    return deputy


def test_it_emails_the_dsl_and_deputy_within_60_seconds_with_no_name_and_no_text(world: World,
                                                                                  smtp: Mailbox) -> None:
    deputy = _deputy(world)
    name = world.pupils[0].first_name
    started = time.monotonic()
    result = do_ingest_comments(make_account(world), [remote("d1", DISCLOSURE.format(name=name), WHEN)])
    dsl_mail = smtp.wait_for(world.users[Role.DSL].email, timeout=60)
    elapsed = time.monotonic() - started
    assert elapsed < 60 and len(dsl_mail) == 1
    assert len(smtp.to(deputy.email)) == 1
    assert smtp.to(world.users[Role.SLT].email) == [] and smtp.to(world.users[Role.ADMINISTRATOR].email) == []
    message = dsl_mail[0]
    body = message.get_payload(decode=True).decode()
    concern = SafeguardingConcern.objects.get(comment_id=result.created[0])
    assert reverse("inbox:show-concern", kwargs={"school": "alpha", "pk": concern.pk}) in body
    for secret in (name, "Quillfeather", "step dad", "parent.example"):
        assert secret not in body and secret not in message["Subject"]
    assert concern.alerted_at is not None and sorted(concern.alerted_to) == sorted(
        [world.users[Role.DSL].pk, deputy.pk])


def test_it_sends_the_alert_once_however_often_it_is_asked(world: World, smtp: Mailbox) -> None:
    do_ingest_comments(make_account(world), [remote("d1", DISCLOSURE.format(name="someone"), WHEN)])
    concern = SafeguardingConcern.objects.get()
    assert smtp.wait_for(world.users[Role.DSL].email, 60)
    assert send_concern_alert(concern.pk) == 0 and sweep_unsent_alerts() == 0
    time.sleep(0.2)
    assert len(smtp.to(world.users[Role.DSL].email)) == 1


def test_it_retries_from_the_sweep_when_the_mail_server_was_down(world: World, settings: object) -> None:
    from django.test import override_settings

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_HOST="127.0.0.1",
                           EMAIL_PORT=1, EMAIL_USE_TLS=False, EMAIL_TIMEOUT=2):
        do_ingest_comments(make_account(world), [remote("d1", DISCLOSURE.format(name="someone"), WHEN)])
    concern = SafeguardingConcern.objects.get()
    assert concern.alerted_at is None and concern.alert_claimed_at is None  # released for a retry
    from django.core import mail

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        assert sweep_unsent_alerts() == 1
        assert [m.to for m in mail.outbox] == [[world.users[Role.DSL].email]]
    concern.refresh_from_db()
    assert concern.alerted_at is not None


def test_it_sends_a_comment_a_person_marks_as_safeguarding_down_the_same_route(world: World, smtp: Mailbox) -> None:
    do_ingest_comments(make_account(world), [remote("q1", "Can we talk about my son, something happened", WHEN)])
    comment = Comment.objects.get()
    assert comment.category != "safeguarding"
    moderator = Membership.objects.get(user=world.users[Role.ADMINISTRATOR], school=world.school)
    do_correct_category(moderator, comment, "safeguarding", "mentions something at home")
    assert smtp.wait_for(world.users[Role.DSL].email, 60)
    concern = SafeguardingConcern.objects.get(comment=comment)
    assert concern.raised_by == world.users[Role.ADMINISTRATOR]
    assert comment.corrections.get().to_category == "safeguarding"


@pytest.mark.parametrize("role", list(Role))
def test_it_shows_the_concern_to_the_dsl_and_headteacher_only(world: World, role: Role) -> None:
    from django.test import override_settings

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        do_ingest_comments(make_account(world), [remote("d1", DISCLOSURE.format(name="someone"), WHEN)])
    concern = SafeguardingConcern.objects.get()
    url = reverse("inbox:show-concern", kwargs={"school": world.school.slug, "pk": concern.pk})
    response = verified_client(world.users[role]).get(url)
    assert response.status_code == (200 if role in {Role.DSL, Role.HEADTEACHER} else 403)  # a member of the school: refused in words (403); outsiders get 404
    if response.status_code == 200:
        assert b"step dad" in response.content
