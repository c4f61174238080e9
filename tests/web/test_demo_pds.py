"""`safepost demo` with a local Bluesky server running: the first demo school gets an official
Bluesky account on it, its login sealed in the vault with the server's address, printed with the
demo logins; without one, the banner says in one line how to turn it on."""

from __future__ import annotations

import socket

import pytest
from atproto import Client, models

from safepost.accounts import vault
from safepost.accounts.models import OfficialAccount
from safepost.audit.models import Event
from safepost.connectors import OutgoingPost, connector_for
from safepost.posts.publishing import credentials_for
from safepost.web.demo_pds import ACCOUNT_NAME, HOW_TO_ENABLE, banner_lines
from tests.web.conftest import World


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.pds
def test_it_seeds_a_local_bluesky_account_and_prints_its_login(
        db: None, pds_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from safepost.web.demo import seed

    monkeypatch.setenv("SAFEPOST_DEMO_PDS", pds_url)
    banner = seed("http://127.0.0.1:8000/")
    account = OfficialAccount.objects.get(school__slug="newport", platform="bluesky")
    assert account.name == ACCOUNT_NAME and account.status == "active" and account.handle.endswith(".test")
    login = vault.unseal(account.secret)
    assert login["base_url"] == pds_url and login["username"] == account.handle
    assert f"{account.handle} / {login['password']}" in banner and "Local Bluesky account" in banner
    assert HOW_TO_ENABLE not in banner
    assert "password" not in str(Event.objects.get(action="vault.login-stored", object_id=str(account.pk)).detail)
    # the stored login really signs in there, and publishes through the connector
    Client(base_url=f"{pds_url}/xrpc").com.atproto.server.create_session(
        models.ComAtprotoServerCreateSession.Data(identifier=account.handle, password=login["password"]))
    sent = connector_for("bluesky", credentials_for(account)).publish(
        OutgoingPost(text="Hello from the demo.", idempotency_key=f"demo-pds-{account.pk}"))
    assert sent.remote_id.startswith("at://")
    again = seed("http://127.0.0.1:8000/")  # a second start reuses the account and its login
    assert f"{account.handle} / {login['password']}" in again
    assert OfficialAccount.objects.filter(platform="bluesky").count() == 1


def test_it_says_how_to_enable_it_when_no_server_answers(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAFEPOST_DEMO_PDS", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.delenv("SAFEPOST_TEST_PDS", raising=False)
    assert banner_lines(world.school) == HOW_TO_ENABLE and "\n" not in HOW_TO_ENABLE
    monkeypatch.delenv("SAFEPOST_DEMO_PDS")
    assert banner_lines(world.school) == HOW_TO_ENABLE
    assert not OfficialAccount.objects.filter(platform="bluesky").exists()
