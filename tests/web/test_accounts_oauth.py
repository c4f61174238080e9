"""Connecting an X or YouTube account by signing in (OAuth 2.0 with PKCE), against fake providers
on 127.0.0.1 (tests/web/oauth_fake.py) and, end to end, the fake X API (tests/connectors/x_fake.py)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from safepost.accounts import oauth, vault
from safepost.accounts.models import Application, OfficialAccount
from safepost.accounts.states import ApplicationStatus
from safepost.audit.models import Event
from safepost.connectors import Health
from safepost.connectors.x import SCOPES as X_SCOPES
from safepost.connectors.x import XConnector
from safepost.posts.publishing import credentials_for
from safepost.schools.models import Role
from tests.connectors.fakeserver import serve
from tests.connectors.x_fake import FakeX
from tests.web.conftest import World, verified_client
from tests.web.oauth_fake import FakeOAuthServer, s256


def make_account(world: World, platform: str) -> OfficialAccount:
    app = Application.objects.create(school=world.school, platform=platform, name="Alpha news", aim="a",
                                     audience="b", promotion="c", visibility="open", lead=world.staff[0],
                                     requested_by=world.users[Role.STAFF], status=ApplicationStatus.CREATED)
    app.runners.set(world.staff[:2])
    account = OfficialAccount.objects.create(school=world.school, application=app, platform=platform,
                                             name="Alpha news", url="https://x.com/AlphaPrimary",
                                             handle="@AlphaPrimary", about_links_aup=True, lead=world.staff[0],
                                             recorded_by=world.users[Role.ADMINISTRATOR])
    account.runners.set(world.staff[:2])
    return account


@pytest.fixture
def x_provider() -> Iterator[FakeOAuthServer]:
    with serve(FakeOAuthServer(flavour="x")) as provider, override_settings(SAFEPOST_OAUTH={"x": {
            "client_id": provider.client_id, "client_secret": provider.client_secret,
            "authorize_url": provider.authorize_url, "token_url": provider.token_url}}):
        yield provider


@pytest.fixture
def google_provider() -> Iterator[FakeOAuthServer]:
    with serve(FakeOAuthServer(flavour="google")) as provider, override_settings(SAFEPOST_OAUTH={"youtube": {
            "client_id": provider.client_id, "client_secret": provider.client_secret,
            "authorize_url": provider.authorize_url, "token_url": provider.token_url}}):
        yield provider


def start(client: Client, world: World, account: OfficialAccount, provider: FakeOAuthServer) -> dict[str, str]:
    response = client.post(reverse("accounts:connect-account", kwargs={"school": world.school.slug, "pk": account.pk}))
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == provider.authorize_url
    return dict(parse_qsl(location.query))


def callback(client: Client, **params: str) -> Any:
    return client.get(reverse("oauth-callback"), params)


def test_it_connects_an_x_account_and_stores_the_tokens_encrypted(world: World, x_provider: FakeOAuthServer) -> None:
    account = make_account(world, "x")
    client = verified_client(world.users[Role.HEADTEACHER])

    params = start(client, world, account, x_provider)
    assert params["redirect_uri"] == "http://testserver/connect/callback/"
    assert params["scope"].split() == list(X_SCOPES)
    assert len(params["state"]) >= 40
    code = x_provider.approve(params)
    response = callback(client, state=params["state"], code=code)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:show-account", kwargs={"school": world.school.slug,
                                                                           "pk": account.pk})
    [issued] = x_provider.issued
    account.refresh_from_db()
    for secret in (issued["access_token"], issued["refresh_token"]):
        assert secret not in account.secret  # encrypted at rest
    login = vault.unseal(account.secret)
    assert (login["password"], login["refresh_token"], login["oauth"]) == (issued["access_token"],
                                                                          issued["refresh_token"], "x")
    assert login["username"] == "@AlphaPrimary"
    assert abs(float(login["expires_at"]) - (time.time() + 7200)) < 60
    [token_request] = x_provider.requests_to("POST", "/2/oauth2/token")
    fields = {k: v[0] for k, v in token_request.form()[0].items()}
    assert fields["grant_type"] == "authorization_code" and fields["code"] == code
    assert s256(fields["code_verifier"]) == params["code_challenge"]  # PKCE: the verifier matches
    assert fields["redirect_uri"] == params["redirect_uri"]
    assert token_request.header("authorization", ).startswith("Basic ")  # type: ignore[union-attr]
    event = Event.objects.get(action="vault.oauth-connected")
    assert event.detail["platform"] == "x" and "tweet.write" in event.detail["scopes"]
    assert issued["access_token"] not in str(event.detail) and issued["refresh_token"] not in str(event.detail)


def test_a_state_that_does_not_match_is_refused_and_nothing_is_stored(world: World,
                                                                     x_provider: FakeOAuthServer) -> None:
    account = make_account(world, "x")
    client = verified_client(world.users[Role.HEADTEACHER])
    params = start(client, world, account, x_provider)
    code = x_provider.approve(params)

    forged = callback(client, state="forged-state-from-an-attacker", code=code)

    assert forged.status_code == 400
    assert b"does not belong to the sign-in started here" in forged.content
    assert x_provider.requests_to("POST", "/2/oauth2/token") == []  # the code was never spent
    account.refresh_from_db()
    assert account.secret == ""
    # Each state works once: the real answer arriving after the forged one is refused too.
    late = callback(client, state=params["state"], code=code)
    assert late.status_code == 400 and b"has expired or was not started here" in late.content
    assert not Event.objects.filter(action="vault.oauth-connected").exists()


def test_a_callback_in_another_browser_is_refused(world: World, x_provider: FakeOAuthServer) -> None:
    account = make_account(world, "x")
    params = start(verified_client(world.users[Role.HEADTEACHER]), world, account, x_provider)
    code = x_provider.approve(params)
    elsewhere = verified_client(world.users[Role.HEADTEACHER])  # a different session

    assert callback(elsewhere, state=params["state"], code=code).status_code == 400
    account.refresh_from_db()
    assert account.secret == ""


def test_a_refused_code_is_said_in_words(world: World, x_provider: FakeOAuthServer) -> None:
    account = make_account(world, "x")
    client = verified_client(world.users[Role.HEADTEACHER])
    params = start(client, world, account, x_provider)

    response = callback(client, state=params["state"], code="a-code-x-never-issued")

    assert response.status_code == 400
    assert b"X did not accept the sign-in (invalid_request: Value passed for the authorization code was invalid.)" \
        in response.content
    account.refresh_from_db()
    assert account.secret == ""


def test_a_person_who_says_no_on_the_platform_comes_back_with_a_message(world: World,
                                                                       x_provider: FakeOAuthServer) -> None:
    account = make_account(world, "x")
    client = verified_client(world.users[Role.HEADTEACHER])
    params = start(client, world, account, x_provider)

    response = callback(client, state=params["state"], error="access_denied")

    assert response.status_code == 302
    page = client.get(response["Location"])
    assert b"The platform did not give access: access_denied" in page.content
    account.refresh_from_db()
    assert account.secret == ""


def test_it_connects_a_youtube_channel_with_google(world: World, google_provider: FakeOAuthServer) -> None:
    account = make_account(world, "youtube")
    client = verified_client(world.users[Role.HEADTEACHER])

    params = start(client, world, account, google_provider)
    assert params["scope"] == "https://www.googleapis.com/auth/youtube.force-ssl"
    assert (params["access_type"], params["prompt"]) == ("offline", "consent")  # a refresh token every time
    response = callback(client, state=params["state"], code=google_provider.approve(params))

    assert response.status_code == 302
    [issued] = google_provider.issued
    login = vault.unseal(OfficialAccount.objects.get(pk=account.pk).secret)
    assert (login["password"], login["refresh_token"], login["oauth"]) == (issued["access_token"],
                                                                          issued["refresh_token"], "youtube")
    [token_request] = google_provider.requests_to("POST", "/token")
    fields = {k: v[0] for k, v in token_request.form()[0].items()}
    assert fields["client_id"] == google_provider.client_id and fields["client_secret"] == google_provider.client_secret
    assert token_request.header("authorization") is None


def test_an_expired_x_token_is_refreshed_and_the_new_pair_stored(world: World, x_provider: FakeOAuthServer) -> None:
    account = make_account(world, "x")
    client = verified_client(world.users[Role.HEADTEACHER])
    params = start(client, world, account, x_provider)
    callback(client, state=params["state"], code=x_provider.approve(params))
    account.refresh_from_db()
    first = vault.unseal(account.secret)
    OfficialAccount.objects.filter(pk=account.pk).update(secret=vault.seal({**first, "expires_at": str(int(time.time()))}))
    account.refresh_from_db()

    credentials = credentials_for(account)  # what the publishing sweep does before making a connector

    [_, refreshed] = x_provider.issued
    assert credentials.secret == refreshed["access_token"]
    stored = vault.unseal(OfficialAccount.objects.get(pk=account.pk).secret)
    assert (stored["password"], stored["refresh_token"]) == (refreshed["access_token"], refreshed["refresh_token"])
    assert first["refresh_token"] not in x_provider.refresh_tokens  # X's refresh tokens work once
    refresh = x_provider.requests_to("POST", "/2/oauth2/token")[-1]
    assert {k: v[0] for k, v in refresh.form()[0].items()}["refresh_token"] == first["refresh_token"]
    assert "refresh_token" not in credentials.extra  # the connector never sees it
    credentials_for(OfficialAccount.objects.get(pk=account.pk))
    assert len(x_provider.issued) == 2  # still valid: no second refresh


def test_a_refused_refresh_leaves_the_login_and_health_says_sign_in_again(world: World,
                                                                         x_provider: FakeOAuthServer) -> None:
    account = make_account(world, "x")
    sealed = {"username": "@AlphaPrimary", "password": "old-access", "refresh_token": "revoked-refresh",
              "oauth": "x", "expires_at": str(int(time.time()) - 10)}
    OfficialAccount.objects.filter(pk=account.pk).update(secret=vault.seal(sealed))
    account.refresh_from_db()

    login = oauth.fresh_login(account)

    assert login == sealed
    assert vault.unseal(OfficialAccount.objects.get(pk=account.pk).secret) == sealed
    with serve(FakeX(token="a-different-token")) as api:
        credentials = credentials_for(account)
        connector = XConnector(credentials.__class__(handle=credentials.handle, secret=credentials.secret,
                                                     base_url=api.url))
        assert connector.health() is Health.BAD_CREDENTIALS


def test_the_account_page_offers_to_connect_only_when_configured(world: World, x_provider: FakeOAuthServer) -> None:
    account = make_account(world, "x")
    page = reverse("accounts:show-account", kwargs={"school": world.school.slug, "pk": account.pk})
    client = verified_client(world.users[Role.HEADTEACHER])
    shown = client.get(page)
    assert b"Connect by signing in to X" in shown.content
    # The page's CSP lets the Connect form's redirect reach the platform's sign-in page, and only that.
    form_action = next(d for d in shown["Content-Security-Policy"].split(";") if "form-action" in d).split()
    assert form_action[1:] == ["'self'", x_provider.url]
    with override_settings(SAFEPOST_OAUTH={}):
        assert b"Connect by signing in to" not in client.get(page).content
        response = client.post(reverse("accounts:connect-account", kwargs={"school": world.school.slug,
                                                                           "pk": account.pk}))
        assert response.status_code == 302 and response["Location"] == page
    staff = verified_client(world.users[Role.STAFF])  # may not use the vault
    assert b"Connect by signing in to" not in staff.get(page).content
    assert staff.post(reverse("accounts:connect-account", kwargs={"school": world.school.slug,
                                                                  "pk": account.pk})).status_code == 403
