"""Compliance reminders on a real SMTP server (aiosmtpd on 127.0.0.1): one email per adult with a
one-click link that works; a second sweep, or two sweepers at once, send nothing twice."""

from __future__ import annotations

import argparse
import re
import threading
import time

import pytest
from django.test import Client, override_settings
from django.utils import timezone

from safepost.compliance import actions
from safepost.compliance.models import Acknowledgement, PolicyReview
from safepost.compliance.sweeps import sweep_compliance
from safepost.schools.models import Membership, Role
from tests.web.conftest import World
from tests.web.inbox_support import Mailbox, smtp_fixture  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db(transaction=True)
BASE = "http://compliance.test"


def publish(world: World) -> None:
    head = Membership.objects.select_related("school", "user").get(user=world.users[Role.HEADTEACHER],
                                                                    school=world.school)
    actions.do_publish_version(head, "first")


@override_settings(SAFEPOST_BASE_URL=BASE)
def test_it_emails_a_working_one_click_link_once(world: World, smtp: Mailbox) -> None:
    publish(world)
    assert sweep_compliance() >= len(Role)
    mail = smtp.wait_for(world.users[Role.VOLUNTEER].email, timeout=30)
    assert len(mail) == 1
    body = mail[0].get_payload(decode=True).decode()
    assert "Read and acknowledge the policy" in body and world.pupils[0].first_name not in body
    url = re.search(rf"{BASE}(/s/alpha/compliance/ack/\S+/)", body)
    assert url is not None
    assert sweep_compliance(force=True) == 0  # the same things due: not again this week
    time.sleep(0.3)
    assert len(smtp.to(world.users[Role.VOLUNTEER].email)) == 1
    Client().post(url.group(1))
    assert Acknowledgement.objects.get().adult.user == world.users[Role.VOLUNTEER]


@override_settings(SAFEPOST_BASE_URL=BASE)
def test_two_sweepers_at_once_send_each_email_once(world: World, smtp: Mailbox) -> None:
    from django.db import connection

    if connection.vendor == "sqlite":
        pytest.skip("SQLite's in-memory test database locks whole tables across threads; "
                    "test_a_stale_sweeper_loses_the_claim covers the claim there")
    publish(world)
    results: list[int] = []
    sweepers = [threading.Thread(target=lambda: results.append(sweep_compliance(force=True))) for _ in range(2)]
    for sweeper in sweepers:
        sweeper.start()
    for sweeper in sweepers:
        sweeper.join()
    time.sleep(0.5)
    for role in Role:
        assert len(smtp.to(world.users[role].email)) == 1, role
    assert sum(results) == len(smtp.messages)


@override_settings(SAFEPOST_BASE_URL=BASE)
def test_it_reminds_the_headteacher_of_the_policy_review_once(world: World, smtp: Mailbox) -> None:
    publish(world)
    PolicyReview.objects.update(next_review_on=timezone.localdate())
    sweep_compliance()
    sweep_compliance(force=True)
    time.sleep(0.3)
    subjects = [m["Subject"] for m in smtp.to(world.users[Role.HEADTEACHER].email)]
    assert sum("due for review" in s for s in subjects) == 1


def test_it_sends_nothing_without_a_site_address(world: World, smtp: Mailbox) -> None:
    publish(world)
    with override_settings(SAFEPOST_BASE_URL=""):
        assert sweep_compliance() == 0
    assert smtp.messages == []


def test_a_stale_sweeper_loses_the_claim(world: World) -> None:
    from safepost.compliance.models import Adult
    from safepost.compliance.sweeps import _claim_adult

    actions.do_sync_adults(world.school)
    first_view = Adult.objects.filter(school=world.school).first()
    second_view = Adult.objects.get(pk=first_view.pk)  # type: ignore[union-attr]
    now = timezone.now()
    assert _claim_adult(first_view, "acknowledge|v1", now) is True  # type: ignore[arg-type]
    assert _claim_adult(second_view, "acknowledge|v1", now) is False


# --- `safepost compliance` -----------------------------------------------------------------------

def _args(**kwargs: object) -> argparse.Namespace:
    return argparse.Namespace(data_dir=None, **kwargs)


def test_the_command_reminds_once_and_prints_coverage(world: World, smtp: Mailbox,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from safepost.cli import COMMANDS
    from safepost.commands import compliance as command

    assert COMMANDS["compliance"][0] == "compliance"
    publish(world)
    with override_settings(SAFEPOST_BASE_URL=BASE):
        assert command.run(_args(action="remind")) == 0
        assert f"{len(Role)} email(s) sent" in capsys.readouterr().out
        assert command.run(_args(action="remind")) == 0
        assert "0 email(s) sent" in capsys.readouterr().out
    assert command.run(_args(action="status", school="alpha")) == 0
    assert f"{len(Role)} adults, 0 acknowledged the current version" in capsys.readouterr().out
    assert command.run(_args(action="status", school="nope")) == 2
    assert "no school 'nope'" in capsys.readouterr().err


def test_the_command_names_the_missing_site_address(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    from safepost.commands import compliance as command

    with override_settings(SAFEPOST_BASE_URL=""):
        assert command.run(_args(action="remind")) == 2
    assert "SAFEPOST_BASE_URL" in capsys.readouterr().err
