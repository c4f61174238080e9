"""OpenID Connect sign-in against a fake provider on 127.0.0.1 speaking Microsoft's and
Google's documented formats (no real identity provider is reachable from here)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from joserfc.jwk import RSAKey

from safepost.audit.models import Event
from safepost.signin import oidc
from safepost.signin.models import OidcIdentity
from safepost.web import config
from tests.web.conftest import World
from tests.web.oidc_fake import FakeProvider


@pytest.fixture(params=["microsoft", "google"])
def provider(request: pytest.FixtureRequest, settings: Any, world: World) -> Iterator[FakeProvider]:
    with FakeProvider(request.param) as fake:
        settings.SAFEPOST_OIDC = oidc.OidcConfig(
            issuer=fake.issuer, client_id=fake.client_id, client_secret=fake.client_secret,
            label="Microsoft 365" if request.param == "microsoft" else "Google Workspace",
            domains=("alpha.sch.uk",), discovery_url=fake.discovery_url)
        yield fake


@pytest.fixture
def robin(world: World) -> User:
    user = User.objects.create_user("rhartwell", email="R.Hartwell@alpha.sch.uk", password="x" * 12)
    from safepost.schools.models import Membership, Role

    Membership.objects.create(user=user, school=world.school, role=Role.STAFF)
    return user


def sign_in(provider: FakeProvider, client: Client | None = None, next_url: str = "") -> tuple[Client, Any]:
    client = client or Client()
    start = client.get(reverse("signin:oidc-start") + (f"?next={next_url}" if next_url else ""))
    assert start.status_code == 302, start.content[:300]
    callback = provider.consent(start["Location"])
    return client, client.get(callback.replace("http://testserver", ""))


def test_it_is_off_by_default(db: None) -> None:
    assert oidc.config() is None
    assert Client().get(reverse("signin:oidc-start")).status_code == 404
    assert Client().get(reverse("signin:oidc-callback")).status_code == 404
    assert "Sign in with" not in Client().get(reverse("signin:login")).content.decode()


def test_it_signs_in_and_links_the_provider_account(provider: FakeProvider, robin: User, world: World) -> None:
    assert f"Sign in with {oidc.config().label}" in Client().get(reverse("signin:login")).content.decode()  # type: ignore[union-attr]
    target = reverse("schools:list-pupils", kwargs={"school": world.school.slug})
    client, response = sign_in(provider, next_url=target)
    assert response.status_code == 302 and response["Location"] == target
    assert client.get(target).status_code == 200
    link = OidcIdentity.objects.get()
    assert link.user == robin and link.issuer == provider.issuer
    assert list(Event.objects.filter(action__startswith="signin.").values_list("action", flat=True)) == [
        "signin.oidc-linked", "signin.signed-in"]
    # The requests the provider saw: discovery, token exchange, keys. No secret in the browser.
    assert [r.split()[0] for r in provider.requests].count("POST") == 1


def test_it_follows_the_link_not_the_address_after_the_first_time(provider: FakeProvider, robin: User) -> None:
    sign_in(provider)
    robin.email = "robin@elsewhere.example"
    robin.save()
    User.objects.create_user("impostor", email="r.hartwell@alpha.sch.uk")
    client, response = sign_in(provider)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(robin.pk)


@pytest.mark.parametrize("case", ["unverified", "other-domain", "unknown", "two-logins"])
def test_it_refuses_a_valid_answer_naming_nobody_here(provider: FakeProvider, robin: User, case: str) -> None:
    if case == "unverified":
        if provider.flavour != "google":
            pytest.skip("only Google sends email_verified")
        provider.claims = {"email_verified": False}
    elif case == "other-domain":
        address = "r.hartwell@personal.example"
        robin.email = address
        robin.save()
        provider.claims = {"email": address, "preferred_username": address}
    elif case == "unknown":
        provider.claims = {"email": "nobody@alpha.sch.uk", "preferred_username": "nobody@alpha.sch.uk"}
    else:
        User.objects.create_user("rhartwell2", email="r.hartwell@alpha.sch.uk")
    client, response = sign_in(provider)
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
    assert "did not work" in response.content.decode()
    assert not OidcIdentity.objects.exists()


@pytest.mark.parametrize("tamper", ["nonce", "aud", "foreign_key"])
def test_it_rejects_a_forged_or_replayed_id_token(provider: FakeProvider, robin: User, tamper: str) -> None:
    if tamper == "foreign_key":
        provider.tamper = {"foreign_key": RSAKey.generate_key(2048, parameters={"kid": provider.key.kid})}
    else:
        provider.tamper = {tamper: "not-the-right-value"}
    client, response = sign_in(provider)
    assert response.status_code == 403 and "_auth_user_id" not in client.session


def test_it_rejects_a_callback_without_its_state(provider: FakeProvider, robin: User) -> None:
    client = Client()
    start = client.get(reverse("signin:oidc-start"))
    callback = provider.consent(start["Location"]).replace("http://testserver", "")
    stranger = Client()  # another browser: no state in its session
    assert stranger.get(callback).status_code == 403
    assert "_auth_user_id" not in stranger.session
    # The browser that started holds the state: it signs in, once. A replay of the same
    # callback fails (the state is spent, and so is the code at the provider).
    assert client.get(callback).status_code == 302
    assert client.get(callback).status_code == 403


def test_it_reports_a_provider_error(provider: FakeProvider, robin: User) -> None:
    client = Client()
    client.get(reverse("signin:oidc-start"))
    response = client.get(reverse("signin:oidc-callback"), {"error": "access_denied",
                                                            "error_description": "AADSTS65004: User declined."})
    assert response.status_code == 403 and "_auth_user_id" not in client.session


def test_it_still_asks_a_privileged_user_for_the_second_factor(provider: FakeProvider, robin: User,
                                                               world: World) -> None:
    from safepost.schools.models import Membership, Role

    Membership.objects.filter(user=robin).update(role=Role.DSL)
    client, response = sign_in(provider)
    assert response.status_code == 302
    page = client.get(reverse("schools:dashboard", kwargs={"school": world.school.slug}))
    assert page.status_code == 302 and page["Location"] == reverse("signin:otp")


def test_it_explains_a_bad_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = {"http://login.example.org/tenant/v2.0": "not an https address",
             "https://login.microsoftonline.com/common/v2.0": "multi-tenant",
             "https://accounts.google.com": "client id and secret"}
    for issuer, why in cases.items():
        monkeypatch.setenv("SAFEPOST_OIDC_ISSUER", issuer)
        monkeypatch.setenv("SAFEPOST_OIDC_CLIENT_ID", "id" if "google" not in issuer else "")
        monkeypatch.setenv("SAFEPOST_OIDC_CLIENT_SECRET", "secret")
        before = len(config.PROBLEMS)
        try:
            assert config.read_oidc() is None
            assert why in config.PROBLEMS[-1].message and len(config.PROBLEMS) == before + 1
        finally:
            del config.PROBLEMS[before:]
    monkeypatch.setenv("SAFEPOST_OIDC_ISSUER", "https://accounts.google.com/")
    monkeypatch.setenv("SAFEPOST_OIDC_CLIENT_ID", "id")
    monkeypatch.setenv("SAFEPOST_OIDC_DOMAINS", "Alpha.sch.uk, @beta.sch.uk")
    cfg = config.read_oidc()
    assert cfg is not None and cfg.domains == ("alpha.sch.uk", "beta.sch.uk")
    assert cfg.discovery_url == "https://accounts.google.com/.well-known/openid-configuration"
