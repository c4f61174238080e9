"""The account page's "Check the connection": the connector's health() with the vault's login,
against the recorded-response fakes on 127.0.0.1 (Mastodon, and Facebook's Graph API with
Meta's debug_token, which needs the app id and secret the shared credentials_for passes)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from safepost.accounts import vault
from safepost.accounts.models import ConnectionStatus, OfficialAccount
from safepost.audit.models import Event
from safepost.schools.models import Role
from tests.connectors.fake_mastodon import FakeMastodon
from tests.connectors.fakeserver import serve
from tests.connectors.graphfake import APP_ID, APP_SECRET, PAGE_ID, PAGE_TOKEN, GraphFake
from tests.web.conftest import World, verified_client
from tests.web.inbox_support import make_account


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with serve(FakeMastodon()) as fake:
        yield fake


@pytest.fixture
def graph() -> Iterator[GraphFake]:
    with GraphFake() as server, override_settings(SAFEPOST_FACEBOOK_APP_ID=APP_ID, SAFEPOST_FACEBOOK_APP_SECRET=APP_SECRET,
                                                  SAFEPOST_GRAPH_URL=server.graph_url):
        yield server


def with_login(account: OfficialAccount, **login: str) -> OfficialAccount:
    account.secret = vault.seal(login)
    account.save(update_fields=["secret"])
    return account


def mastodon_account(world: World, mastodon: FakeMastodon, token: str | None = None) -> OfficialAccount:
    school = mastodon.add_account("alphaprimary")
    account = make_account(world, "mastodon", "Alpha Mastodon", handle="@alphaprimary")
    return with_login(account, username="alphaprimary", password=token or school.token, base_url=mastodon.url)


def check(client: Client, world: World, account: OfficialAccount) -> str:
    url = reverse("accounts:check-connection", kwargs={"school": world.school.slug, "pk": account.pk})
    response = client.post(url)
    assert response.status_code == 302 and response["Location"].endswith("#connection")
    return client.get(response["Location"]).content.decode()


def test_a_working_login_is_said_to_be_connected_recorded_and_audited(world: World, mastodon: FakeMastodon) -> None:
    account = mastodon_account(world, mastodon)
    client = verified_client(world.users[Role.HEADTEACHER])
    assert "Not checked yet." in client.get(reverse("accounts:show-account", kwargs={
        "school": world.school.slug, "pk": account.pk})).content.decode()

    page = check(client, world, account)

    assert "safepost signed in to Mastodon and reached the account." in page
    account.refresh_from_db()
    assert account.connection_status == ConnectionStatus.OK and account.connection_checked_at is not None
    assert mastodon.requests_to("GET", "/api/v1/accounts/verify_credentials")
    event = Event.objects.get(action="account.connection-checked", object_id=str(account.pk))
    assert event.detail == {"platform": "mastodon", "result": "ok"}
    login = vault.unseal(account.secret)
    assert login["password"] not in str(event.detail)


def test_a_refused_token_asks_for_re_authorisation(world: World, mastodon: FakeMastodon) -> None:
    account = mastodon_account(world, mastodon, token="revoked-token")

    page = check(verified_client(world.users[Role.HEADTEACHER]), world, account)

    assert "no longer accepts the stored sign-in. Re-authorise" in page
    assert OfficialAccount.objects.get(pk=account.pk).connection_status == ConnectionStatus.BAD_CREDENTIALS
    assert "revoked-token" not in page


def test_a_server_that_does_not_answer_is_unreachable(world: World) -> None:
    with serve(FakeMastodon()) as gone:
        url = gone.url
    account = with_login(make_account(world, "mastodon", "Alpha Mastodon", handle="@alphaprimary"),
                         username="alphaprimary", password="token", base_url=url)

    page = check(verified_client(world.users[Role.HEADTEACHER]), world, account)

    assert "Mastodon could not be reached. Try again later" in page
    assert OfficialAccount.objects.get(pk=account.pk).connection_status == ConnectionStatus.UNREACHABLE


def test_a_facebook_page_token_is_checked_with_metas_debug_token(world: World, graph: GraphFake) -> None:
    account = with_login(make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID),
                         username=PAGE_ID, password=PAGE_TOKEN)
    client = verified_client(world.users[Role.ADMINISTRATOR])

    assert "safepost signed in to Facebook and reached the account." in check(client, world, account)
    assert any(call.path == "debug_token" for call in graph.graph_calls)  # the app id and secret reached it

    graph.page_tokens.clear()  # the Page token was revoked (a password change, an admin removed)
    assert "Facebook no longer accepts the stored sign-in. Re-authorise" in check(client, world, account)


def test_without_a_login_it_says_so_and_a_manual_platform_has_no_check(world: World) -> None:
    account = make_account(world, "mastodon", "Alpha Mastodon", handle="@alphaprimary")
    client = verified_client(world.users[Role.HEADTEACHER])
    assert "No login is stored that safepost can open" in check(client, world, account)

    dojo = make_account(world, "classdojo", "Class 3 Dojo", handle="class3")
    shown = client.get(reverse("accounts:show-account", kwargs={"school": world.school.slug, "pk": dojo.pk}))
    assert b"Check the connection" not in shown.content
    refused = client.post(reverse("accounts:check-connection", kwargs={"school": world.school.slug, "pk": dojo.pk}))
    assert refused.status_code == 302 and not Event.objects.filter(action="account.connection-checked",
                                                                   object_id=str(dojo.pk)).exists()


def test_only_those_who_use_the_vault_may_check(world: World, mastodon: FakeMastodon) -> None:
    account = mastodon_account(world, mastodon)
    url = reverse("accounts:check-connection", kwargs={"school": world.school.slug, "pk": account.pk})
    assert verified_client(world.users[Role.STAFF]).post(url).status_code == 403
    assert not mastodon.requests_to("GET", "/api/v1/accounts/verify_credentials")
