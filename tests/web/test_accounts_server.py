"""An official account's login can name its server (a school's own Bluesky PDS, a Mastodon
instance): stored through the page, sealed in the vault, audited without the secret, and used
when a post is published."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from atproto import Client
from django.urls import reverse
from django.utils import timezone

from safepost.accounts import vault
from safepost.accounts.models import OfficialAccount
from safepost.audit.models import Event
from safepost.connectors import Credentials
from safepost.posts import actions
from safepost.posts.models import Publication
from safepost.posts.publishing import sweep_due_publications
from safepost.posts.states import Decision, PublicationStatus
from safepost.schools.models import Role
from tests.web.conftest import World, verified_client
from tests.web.posts_fixtures import make_account, membership, submitted_post


def store(world: World, account: OfficialAccount, **fields: str) -> Any:
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    return admin.post(reverse("accounts:store-login", kwargs={"school": world.school.slug, "pk": account.pk}),
                      {"username": "alpha.test", "password": "s3cret-Pa55", "notes": ""} | fields)


def account_page(world: World, account: OfficialAccount) -> str:
    admin = verified_client(world.users[Role.ADMINISTRATOR])
    url = reverse("accounts:show-account", kwargs={"school": world.school.slug, "pk": account.pk})
    return admin.get(url).content.decode()


def test_it_offers_a_server_address_for_bluesky_and_mastodon_only(world: World) -> None:
    bluesky = make_account(world, "bluesky", "Alpha sky")
    mastodon = make_account(world, "mastodon", "Alpha toot")
    facebook = make_account(world, "facebook", "Alpha book")
    assert 'name="base_url"' in account_page(world, bluesky)
    assert "school&#x27;s own server" in account_page(world, bluesky)  # the help text
    assert 'name="base_url"' in account_page(world, mastodon)
    assert 'name="base_url"' not in account_page(world, facebook)


def test_it_stores_the_server_sealed_and_audits_it_without_the_secret(world: World) -> None:
    account = make_account(world, "mastodon", "Alpha toot")
    response = store(world, account, base_url="https://toot.school.example/")
    assert response.status_code == 302
    account.refresh_from_db()
    assert "toot.school.example" not in account.secret
    assert vault.unseal(account.secret) == {"username": "alpha.test", "password": "s3cret-Pa55", "notes": "",
                                            "base_url": "https://toot.school.example"}
    event = Event.objects.get(action="vault.login-stored", object_id=str(account.pk))
    assert event.detail["server"] == "https://toot.school.example"
    assert "s3cret" not in str(event.detail)


@pytest.mark.parametrize("address, problem", [
    ("http://pds.school.example", "must start with https://"),
    ("ftp://pds.school.example", "must be a web address"),
    ("https://pds.school.example/?next=x", "with no ?, # or sign-in"),
    ("not a server", "Enter a valid URL"),
])
def test_it_refuses_a_bad_server_address_next_to_the_field(world: World, address: str, problem: str) -> None:
    account = make_account(world, "bluesky", "Alpha sky")
    response = store(world, account, base_url=address)
    assert response.status_code == 400
    assert problem in response.content.decode().replace("&#x27;", "'")
    account.refresh_from_db()
    assert account.secret == ""


def test_it_ignores_a_server_address_sent_for_a_platform_without_one(world: World) -> None:
    account = make_account(world, "facebook", "Alpha book")
    assert store(world, account, base_url="https://evil.example").status_code == 302
    account.refresh_from_db()
    assert "base_url" not in vault.unseal(account.secret)


def test_it_keeps_an_empty_server_address_out_of_the_login(world: World) -> None:
    account = make_account(world, "bluesky", "Alpha sky")
    assert store(world, account, base_url="").status_code == 302
    account.refresh_from_db()
    assert set(vault.unseal(account.secret)) == {"username", "password", "notes"}
    assert Event.objects.get(action="vault.login-stored").detail["server"] == "default"


@pytest.mark.pds
def test_it_publishes_to_the_server_stored_through_the_page(
        world: World, pds_url: str, make_pds_account: Callable[[], Credentials]) -> None:
    login = make_pds_account()
    account = make_account(world, "bluesky", "Alpha sky")
    response = store(world, account, username=login.handle, password=login.secret, base_url=pds_url)
    assert response.status_code == 302, response.content.decode()[-2000:]
    post = submitted_post(world, account, text="Our own server says hello from the harvest festival.")
    assert post.latest is not None
    actions.do_decide_revision(membership(world, Role.ADMINISTRATOR), post.latest, Decision.APPROVE)
    Publication.objects.filter(post=post).update(due_at=timezone.now() - timedelta(seconds=1))
    assert sweep_due_publications("polish-1") == 1
    pub = Publication.objects.get(post=post)
    assert pub.status == PublicationStatus.PUBLISHED, pub.error
    _did, collection, rkey = pub.remote_id.removeprefix("at://").split("/")
    read = Client(base_url=f"{pds_url}/xrpc").com.atproto.repo.get_record(
        {"repo": login.handle, "collection": collection, "rkey": rkey})
    assert read.value.text == "Our own server says hello from the harvest festival."  # type: ignore[union-attr]
