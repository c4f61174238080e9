"""Password throttling: per (username, client address), growing delays, the trusted proxy
header only, and the re-authentication page counted with sign-in (issue 8, items 2 and 3)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessAttemptExpiration
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from safepost.schools.models import Role
from safepost.signin.throttle import client_address, lock_for
from tests.web.conftest import PASSWORD, World, verified_client

PROXY = {"SAFEPOST_TRUSTED_PROXY_HEADER": "HTTP_X_FORWARDED_FOR", "SAFEPOST_PROXY_COUNT": 1}


def sign_in(username: str, password: str, **meta: str) -> int:
    response = Client().post(reverse("signin:login"), {"username": username, "password": password}, **meta)
    return int(response.status_code)


def fail(username: str, times: int, **meta: str) -> None:
    for _ in range(times):
        assert sign_in(username, "wrong-password", **meta) in (200, 429)


def let_time_pass(seconds: int) -> None:
    """Move every recorded failure ``seconds`` into the past (axes reads the clock itself)."""
    for attempt in AccessAttempt.objects.all():
        AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=attempt.attempt_time - timedelta(seconds=seconds))
    for expiry in AccessAttemptExpiration.objects.all():
        AccessAttemptExpiration.objects.filter(pk=expiry.pk).update(
            expires_at=expiry.expires_at - timedelta(seconds=seconds))


def test_it_does_not_lock_the_owner_out_from_another_address(world: World) -> None:
    fail("staff-user", 5, REMOTE_ADDR="203.0.113.9")  # someone else guessing
    assert sign_in("staff-user", PASSWORD, REMOTE_ADDR="203.0.113.9") == 429
    assert sign_in("staff-user", PASSWORD, REMOTE_ADDR="198.51.100.20") == 302


def test_it_never_blocks_an_address_for_every_user(world: World) -> None:
    # Behind a proxy without the header configured, every sign-in comes from one address.
    for username in ("staff-user", "governor-user", "no-such-user", "headteacher-user"):
        fail(username, 8, REMOTE_ADDR="10.0.0.1")
    assert sign_in("slt-user", PASSWORD, REMOTE_ADDR="10.0.0.1") == 302
    assert sign_in("dsl-user", PASSWORD, REMOTE_ADDR="10.0.0.1") == 302


def test_it_locks_a_pair_for_longer_after_each_failure(world: World) -> None:
    fail("staff-user", 5)
    assert sign_in("staff-user", PASSWORD) == 429  # the right password is not even checked
    let_time_pass(61)
    fail("staff-user", 1)  # the sixth failure: now two minutes
    let_time_pass(61)
    assert sign_in("staff-user", PASSWORD) == 429
    let_time_pass(60)
    assert sign_in("staff-user", PASSWORD) == 302
    assert not AccessAttempt.objects.exists()  # a successful sign-in forgets the pair's failures


def test_it_counts_failures_without_a_client_address_or_across_user_agents(world: World) -> None:
    fail("staff-user", 5, REMOTE_ADDR="")  # e.g. a WSGI server on a Unix socket
    assert sign_in("staff-user", PASSWORD, REMOTE_ADDR="") == 429
    for agent in ("curl/8", "Firefox", "Chrome", "Safari", "Edge"):
        sign_in("governor-user", "wrong-password", HTTP_USER_AGENT=agent)
    assert sign_in("governor-user", PASSWORD, HTTP_USER_AGENT="Lynx") == 429
    let_time_pass(61)
    sign_in("governor-user", "wrong-password", HTTP_USER_AGENT="Opera")
    let_time_pass(61)  # six failures summed over the agents: the lock grew to two minutes
    assert sign_in("governor-user", PASSWORD, HTTP_USER_AGENT="Lynx") == 429


def test_it_counts_the_lock_from_the_settings() -> None:
    assert lock_for(4) == timedelta(minutes=15)  # not locked: how long failures are remembered
    assert [lock_for(n).total_seconds() for n in (5, 6, 7, 8)] == [60, 120, 240, 480]
    assert lock_for(12) == timedelta(hours=1) and lock_for(10_000) == timedelta(hours=1)


def test_it_ignores_forwarded_headers_unless_a_proxy_is_configured(world: World) -> None:
    for forged in ("198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4", "198.51.100.5"):
        assert sign_in("staff-user", "wrong-password", HTTP_X_FORWARDED_FOR=forged) in (200, 429)
    assert sign_in("staff-user", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99") == 429


@override_settings(**PROXY)
def test_it_takes_the_client_address_the_proxy_appended(world: World) -> None:
    # The client writes whatever it likes to the left; our proxy appends the real address.
    for forged in ("198.51.100.1", "198.51.100.2", "not-an-address", "", "203.0.113.50, 198.51.100.4"):
        header = f"{forged}, 203.0.113.7" if forged else "203.0.113.7"
        sign_in("staff-user", "wrong-password", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=header)
    assert sign_in("staff-user", PASSWORD, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7") == 429
    assert sign_in("staff-user", PASSWORD, REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.8") == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) <= {"203.0.113.7"}


@pytest.mark.parametrize(("header", "count", "expected"), [
    ("203.0.113.7", 1, "203.0.113.7"),
    ("1.2.3.4, 203.0.113.7", 1, "203.0.113.7"),
    ("1.2.3.4, 203.0.113.7, 10.0.0.5", 2, "203.0.113.7"),
    ("203.0.113.7", 2, "10.0.0.1"),  # shorter than the proxy chain: not through our proxies
    ("garbage", 1, "10.0.0.1"),
    ("", 1, "10.0.0.1"),
    ("300.1.2.3, 10.0.0.9 ", 1, "10.0.0.9"),
    ("2001:db8::7", 1, "2001:db8::7"),
])
def test_it_reads_the_client_address_from_the_right_of_the_header(header: str, count: int, expected: str) -> None:
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=header)
    with override_settings(SAFEPOST_TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR", SAFEPOST_PROXY_COUNT=count):
        assert client_address(request) == expected
    assert client_address(request) == "10.0.0.1"  # no header configured: the socket


def test_it_reads_the_proxy_header_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from safepost.web.config import PROBLEMS, env_header

    monkeypatch.setenv("SAFEPOST_TRUSTED_PROXY_HEADER", "X-Forwarded-For")
    assert env_header("SAFEPOST_TRUSTED_PROXY_HEADER") == "HTTP_X_FORWARDED_FOR"
    monkeypatch.setenv("SAFEPOST_TRUSTED_PROXY_HEADER", "X Real IP!")
    assert env_header("SAFEPOST_TRUSTED_PROXY_HEADER") == ""
    assert any(p.setting == "SAFEPOST_TRUSTED_PROXY_HEADER" for p in PROBLEMS)
    PROBLEMS[:] = [p for p in PROBLEMS if p.setting != "SAFEPOST_TRUSTED_PROXY_HEADER"]


def test_it_signs_a_session_out_after_wrong_passwords_on_the_confirm_page(world: World) -> None:
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    dashboard = reverse("schools:dashboard", kwargs={"school": world.school.slug})
    for _ in range(4):
        response = admin.post(reverse("signin:reauth"), {"password": "guess"})
        assert response.status_code == 200 and b"not right" in response.content
    response = admin.post(reverse("signin:reauth"), {"password": "guess"})
    assert response.status_code == 302 and response["Location"] == reverse("signin:login")
    assert b"signed out after too many wrong passwords" in admin.get(reverse("signin:login")).content
    assert admin.get(dashboard)["Location"].startswith(reverse("signin:login"))
    # The right password no longer helps the thief: the session is gone.
    response = admin.post(reverse("signin:reauth"), {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"].startswith(reverse("signin:login"))
    assert "reauth_at" not in admin.session


def test_it_refuses_the_right_password_on_the_confirm_page_while_sign_in_is_locked(world: World) -> None:
    # The reported attack: sign-in locked, then the confirm page used as an unthrottled oracle.
    fail("administrator-user", 5)
    assert sign_in("administrator-user", PASSWORD) == 429
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    response = admin.post(reverse("signin:reauth"), {"password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == reverse("signin:login")
    assert "reauth_at" not in admin.session


def test_it_counts_confirm_page_failures_towards_the_sign_in_lock(world: World) -> None:
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    for _ in range(3):
        admin.post(reverse("signin:reauth"), {"password": "guess"})
    fail("administrator-user", 2)
    assert sign_in("administrator-user", PASSWORD) == 429


def test_it_confirms_the_right_password(world: World) -> None:
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    response = admin.post(reverse("signin:reauth"), {"password": PASSWORD, "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert "reauth_at" in admin.session


def test_it_forgets_the_lock_after_a_password_reset_by_email(world: World) -> None:
    import re

    from django.core import mail

    fail("staff-user", 5)
    assert sign_in("staff-user", PASSWORD) == 429
    client = Client()
    client.post(reverse("signin:reset"), {"email": "staff@alpha.sch.uk"})
    link = re.search(r"https?://testserver(/signin/reset/[^\s]+/)", mail.outbox[0].body)
    assert link is not None
    form = client.get(link.group(1), follow=True)
    new = "brand-new-pass-77"
    assert client.post(form.redirect_chain[-1][0], {"new_password1": new, "new_password2": new}).status_code == 302
    assert sign_in("staff-user", new) == 302
