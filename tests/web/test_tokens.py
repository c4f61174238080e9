"""API tokens carry no more than the session that made them, expire, and stop with the credentials.

Issue 8, item 1: a privileged user who had typed only the password could make a token at
/signin/tokens/ and use it to change consent through the API; tokens never expired and
survived a password reset."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from safepost.schools.models import Membership, Organisation, OrganisationAdmin, Role
from safepost.signin.access import user_for_token
from safepost.signin.actions import do_create_token
from safepost.signin.models import ApiToken
from tests.web.conftest import PASSWORD, World, verified_client


def password_only(username: str) -> Client:
    """A session that has typed the password and nothing more."""
    client = Client()
    assert client.post(reverse("signin:login"), {"username": username, "password": PASSWORD}).status_code == 302
    return client


def make_token_on_page(client: Client, name: str = "script") -> str | None:
    page = client.post(reverse("signin:tokens"), {"name": name})
    found = re.search(rb'<code id="new-token">(sp_[^<]+)</code>', page.content)
    return found.group(1).decode() if found else None


def api(token: str, method: str, path: str, body: object = None) -> int:
    response = getattr(Client(enforce_csrf_checks=True), method)(
        "/api/v1" + path, data=json.dumps(body) if body is not None else None,
        content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    return int(response.status_code)


def withdraw_consent(world: World, token: str) -> int:
    return api(token, "post", f"/schools/alpha/pupils/{world.pupils[0].pk}/consent",
               {"channel": "social_media", "decision": "withdrawn", "evidence": "letter"})


def make_trust_admin(world: World) -> User:
    admin = User.objects.create_user("trust-it", password=PASSWORD)
    OrganisationAdmin.objects.create(user=admin, organisation=Organisation.objects.get(slug="test-trust"))
    return admin


def test_it_keeps_a_password_only_session_of_every_privileged_role_from_making_a_token(world: World) -> None:
    users = [world.users[role] for role in (Role.HEADTEACHER, Role.SLT, Role.DSL, Role.ADMINISTRATOR)]
    users.append(make_trust_admin(world))
    for user in users:
        client = password_only(user.username)
        page = client.get(reverse("signin:tokens"))
        assert page.status_code == 302 and page["Location"].startswith(reverse("signin:otp")), user.username
        assert make_token_on_page(client) is None, user.username
    assert not ApiToken.objects.exists()


def test_it_refuses_a_token_made_without_the_second_factor_for_a_privileged_user(world: World) -> None:
    # The attack's token, however it came about: made by a session that had not passed TOTP.
    token = do_create_token(world.users[Role.HEADTEACHER], "bypass", verified=False)
    assert user_for_token(token) is None
    assert withdraw_consent(world, token) == 401
    assert api(token, "get", "/schools") == 401


def test_it_lets_a_verified_session_make_a_token_that_works_until_revoked(world: World) -> None:
    head = world.users[Role.HEADTEACHER]
    client = verified_client(head)
    token = make_token_on_page(client, "consent sync")
    assert token is not None
    row = ApiToken.objects.get(user=head)
    assert row.verified and row.name == "consent sync"
    assert withdraw_consent(world, token) == 201
    listing = client.get(reverse("signin:tokens")).content.decode()
    for shown in ("consent sync", f"sp_{row.prefix}", "Created", "Last used", "Expires", "Works"):
        assert shown in listing
    assert client.post(reverse("signin:revoke-token", kwargs={"pk": row.pk})).status_code == 302
    assert user_for_token(token) is None
    assert "consent sync" not in client.get(reverse("signin:tokens")).content.decode()


def test_it_stops_a_staff_token_once_its_owner_gains_a_privileged_role(world: World) -> None:
    staff = world.users[Role.STAFF]
    client = password_only(staff.username)  # staff need no second factor
    token = make_token_on_page(client)
    assert token is not None and not ApiToken.objects.get(user=staff).verified
    assert api(token, "get", "/schools") == 200
    Membership.objects.filter(user=staff).update(role=Role.DSL)
    assert api(token, "get", "/schools") == 401
    assert "made without the second factor" in client.get(reverse("signin:tokens")).content.decode()


def test_it_lets_no_one_revoke_or_see_anothers_token(world: World) -> None:
    token = do_create_token(world.users[Role.HEADTEACHER], "head's")
    row = ApiToken.objects.get(digest=ApiToken.hash(token))
    other = verified_client(world.users[Role.STAFF])
    assert "head&#x27;s" not in other.get(reverse("signin:tokens")).content.decode()
    assert other.post(reverse("signin:revoke-token", kwargs={"pk": row.pk})).status_code == 404
    assert user_for_token(token) == world.users[Role.HEADTEACHER]


@override_settings(SAFEPOST_TOKEN_DAYS=7)
def test_it_expires_tokens_after_the_configured_days(world: World) -> None:
    token = do_create_token(world.users[Role.STAFF], "weekly")
    row = ApiToken.objects.get(digest=ApiToken.hash(token))
    assert abs(row.expires_at - (timezone.now() + timedelta(days=7))) < timedelta(minutes=1)
    assert user_for_token(token) == world.users[Role.STAFF]
    ApiToken.objects.filter(pk=row.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert user_for_token(token) is None


def test_it_reads_token_days_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from safepost.web.config import PROBLEMS, env_int

    monkeypatch.delenv("SAFEPOST_TOKEN_DAYS", raising=False)
    assert env_int("SAFEPOST_TOKEN_DAYS", 90, minimum=1) == 90
    monkeypatch.setenv("SAFEPOST_TOKEN_DAYS", "30")
    assert env_int("SAFEPOST_TOKEN_DAYS", 90, minimum=1) == 30
    monkeypatch.setenv("SAFEPOST_TOKEN_DAYS", "soon")
    assert env_int("SAFEPOST_TOKEN_DAYS", 90, minimum=1) == 90
    assert any(p.setting == "SAFEPOST_TOKEN_DAYS" and "'soon'" in p.message for p in PROBLEMS)
    PROBLEMS[:] = [p for p in PROBLEMS if p.setting != "SAFEPOST_TOKEN_DAYS"]


def test_it_stops_tokens_when_the_password_changes(world: World) -> None:
    staff = world.users[Role.STAFF]
    token = do_create_token(staff, "script")
    assert user_for_token(token) == staff
    staff.set_password("a-new-password-2026")
    staff.save()
    assert user_for_token(token) is None


def test_it_stops_tokens_after_a_password_reset_by_email(world: World) -> None:
    from django.core import mail

    token = do_create_token(world.users[Role.STAFF], "script")
    client = Client()
    client.post(reverse("signin:reset"), {"email": "staff@alpha.sch.uk"})
    link = re.search(r"https?://testserver(/signin/reset/[^\s]+/)", mail.outbox[0].body)
    assert link is not None
    form = client.get(link.group(1), follow=True)
    done = client.post(form.redirect_chain[-1][0], {"new_password1": "brand-new-pass-77", "new_password2": "brand-new-pass-77"})
    assert done.status_code == 302
    assert user_for_token(token) is None


def test_it_stops_tokens_when_the_second_factor_is_reset(world: World) -> None:
    head = world.users[Role.HEADTEACHER]
    token = make_token_on_page(verified_client(head))
    assert token is not None and user_for_token(token) == head
    TOTPDevice.objects.filter(user=head).delete()  # what an administrator's "reset 2FA" does
    assert user_for_token(token) is None
    assert withdraw_consent(world, token) == 401


def test_it_stops_tokens_of_a_switched_off_login(world: World) -> None:
    staff = world.users[Role.STAFF]
    token = do_create_token(staff, "script")
    staff.is_active = False
    staff.save()
    assert user_for_token(token) is None
