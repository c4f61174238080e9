"""Blocking a commenter and showing a hidden comment again go through the connector where the
platform allows it, against the recorded-response fakes on 127.0.0.1 (Facebook's Graph API,
Mastodon); elsewhere the person is told in plain words to do it there and nothing is lost."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import override_settings
from django.urls import reverse

from safepost.accounts import vault
from safepost.accounts.credentials import credentials_for
from safepost.accounts.models import OfficialAccount
from safepost.audit.models import Event
from safepost.connectors import OutgoingPost, connector_for
from safepost.inbox import actions
from safepost.inbox.ingest import do_ingest_comments
from safepost.inbox.models import Comment
from safepost.inbox.states import CommentStatus
from safepost.schools.models import Membership, Role
from tests.connectors.fake_mastodon import FakeMastodon
from tests.connectors.fakeserver import serve
from tests.connectors.graphfake import APP_ID, APP_SECRET, PAGE_ID, PAGE_TOKEN, GraphFake
from tests.web.conftest import World, verified_client
from tests.web.inbox_support import make_account


@pytest.fixture
def graph() -> Iterator[GraphFake]:
    with GraphFake() as server, override_settings(SAFEPOST_FACEBOOK_APP_ID=APP_ID, SAFEPOST_FACEBOOK_APP_SECRET=APP_SECRET,
                                                  SAFEPOST_GRAPH_URL=server.graph_url):
        yield server


def moderator(world: World) -> Membership:
    return Membership.objects.get(user=world.users[Role.ADMINISTRATOR], school=world.school)


def facebook_account(world: World) -> OfficialAccount:
    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)
    account.secret = vault.seal({"username": PAGE_ID, "password": PAGE_TOKEN})
    account.save(update_fields=["secret"])
    return account


def fetched(account: OfficialAccount, post_id: str) -> Comment:
    """Poll the platform as the sweep does and store what came back."""
    remotes = connector_for(account.platform, credentials_for(account)).fetch_comments(None, [post_id])
    [created] = do_ingest_comments(account, remotes).created
    return Comment.objects.get(pk=created)


def facebook_comment(world: World, graph: GraphFake, text: str = "When is the trip?") -> Comment:
    account = facebook_account(world)
    post = connector_for(account.platform, credentials_for(account)).publish(
        OutgoingPost(text="Our trip to the farm", idempotency_key="k1"))
    graph.add_comment(post.remote_id, text, author_id="9001")
    return fetched(account, post.remote_id)


def test_the_authors_platform_id_is_stored_and_blocking_uses_it(world: World, graph: GraphFake) -> None:
    comment = facebook_comment(world, graph, "Nasty words about a teacher.")
    assert comment.author_remote_id == "9001"

    outcome = actions.do_block_author(moderator(world), comment, "repeated abuse")

    assert not outcome.by_hand
    assert graph.blocked == {"9001"}
    event = Event.objects.get(action="inbox.block-author", object_id=str(comment.pk))
    assert event.detail["by_hand"] is False and "9001" not in str(event.detail)


def test_a_hidden_comment_is_shown_again_on_facebook(world: World, graph: GraphFake) -> None:
    comment = facebook_comment(world, graph)
    actions.do_hide_comment(moderator(world), comment)
    assert graph.nodes[comment.remote_id].fields["is_hidden"] is True
    client = verified_client(world.users[Role.ADMINISTRATOR])
    page = reverse("inbox:show-comment", kwargs={"school": world.school.slug, "pk": comment.pk})
    shown = client.get(page).content.decode()
    assert "Show it again" in shown and "Block the author" in shown

    response = client.post(reverse("inbox:act-on-comment", kwargs={"school": world.school.slug, "pk": comment.pk,
                                                                   "verb": "unhide"}), {"note": "hidden by mistake"})

    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HANDLED
    assert graph.nodes[comment.remote_id].fields["is_hidden"] is False
    assert Event.objects.filter(action="inbox.unhidden", object_id=str(comment.pk)).get().detail == {
        "by_hand": False, "note": "hidden by mistake"}
    with pytest.raises(actions.ActionError):
        actions.do_unhide_comment(moderator(world), comment)  # only a hidden comment


def test_where_the_platform_cannot_the_person_is_told_and_the_action_is_still_recorded(world: World) -> None:
    with serve(FakeMastodon()) as mastodon:
        school = mastodon.add_account("alphaprimary")
        parent = mastodon.add_account("someparent")
        account = make_account(world, "mastodon", "Alpha Mastodon", handle="@alphaprimary")
        account.secret = vault.seal({"username": "alphaprimary", "password": school.token, "base_url": mastodon.url})
        account.save(update_fields=["secret"])
        status = mastodon.post_as(school, "Our harvest festival")
        mastodon.post_as(parent, "@alphaprimary lovely!", in_reply_to_id=status.id)
        comment = fetched(account, status.id)
        assert comment.author_remote_id == parent.id
        actions.do_hide_comment(moderator(world), comment)  # Mastodon cannot hide: by hand

        client = verified_client(world.users[Role.ADMINISTRATOR])
        response = client.post(reverse("inbox:act-on-comment", kwargs={
            "school": world.school.slug, "pk": comment.pk, "verb": "unhide"}), {"note": ""}, follow=True)
        assert "show the comment again on the platform by hand" in response.content.decode()
        comment.refresh_from_db()
        assert comment.status == CommentStatus.HANDLED
        assert Event.objects.get(action="inbox.unhidden", object_id=str(comment.pk)).detail["by_hand"] is True

        outcome = actions.do_block_author(moderator(world), comment)  # Mastodon can block
        assert not outcome.by_hand
        assert mastodon.requests_to("POST", f"/api/v1/accounts/{parent.id}/block")
