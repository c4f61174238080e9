"""A publish interrupted on a platform that cannot be asked whether the post arrived
(``capabilities.lookup`` False) is never sent again blindly: a person checks the platform, then
pastes the address or publishes again. Against the recorded-response Mastodon fake on 127.0.0.1,
whose Idempotency-Key memory (an hour) makes a quick resend safe."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from safepost.accounts.models import OfficialAccount, Platform
from safepost.audit.models import Event
from safepost.posts.actions import PostError, do_record_manual_publication, do_retry_publication
from safepost.posts.models import Post, Publication
from safepost.posts.publishing import claim_next, sweep_due_publications
from safepost.posts.states import PostStatus, PublicationStatus
from safepost.schools.models import Role
from tests.connectors.fake_mastodon import FakeMastodon
from tests.connectors.fakeserver import serve
from tests.web.conftest import World, verified_client
from tests.web.posts_fakes import approved_post, make_account, membership


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with serve(FakeMastodon()) as fake:
        yield fake


@pytest.fixture
def account(world: World, mastodon: FakeMastodon) -> OfficialAccount:
    school_account = mastodon.add_account("alphaprimary")
    return make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], platform=Platform.MASTODON,
                        login={"username": "alphaprimary", "password": school_account.token,
                               "base_url": mastodon.url})


def crashed_mid_publish(post: Post, minutes_ago: float) -> Publication:
    """A worker claimed the row, then died before any remote id came back."""
    Publication.objects.filter(post=post).update(due_at=timezone.now() - timedelta(seconds=1))
    pk = claim_next("dead-worker")
    assert pk is not None
    Publication.objects.filter(pk=pk).update(claimed_at=timezone.now() - timedelta(minutes=minutes_ago))
    return Publication.objects.get(pk=pk)


def statuses_posted(mastodon: FakeMastodon) -> int:
    return len(mastodon.requests_to("POST", "/api/v1/statuses"))


@pytest.mark.django_db
def test_an_interrupted_publish_after_the_platforms_memory_waits_for_a_person(
        world: World, account: OfficialAccount, mastodon: FakeMastodon) -> None:
    post = approved_post(world.school, [account], text="Sports day is on Friday.")
    pub = crashed_mid_publish(post, minutes_ago=90)  # Mastodon forgets a key after an hour

    assert sweep_due_publications("w2") == 0
    pub.refresh_from_db()
    assert pub.status == PublicationStatus.UNCERTAIN and pub.claimed_by == ""
    assert "if the post is there, paste its address; if not, publish again" in pub.error
    assert statuses_posted(mastodon) == 0  # nothing was sent blindly
    assert Event.objects.filter(action="post.publication-uncertain", object_id=str(pub.pk)).exists()
    assert sweep_due_publications("w3") == 0  # and no later sweep sends it either
    assert Post.objects.get(pk=post.pk).status == PostStatus.PUBLISHING

    client = verified_client(world.users[Role.ADMINISTRATOR])
    shown = client.get(reverse("posts:show-post", kwargs={"school": world.school.slug, "pk": post.pk}))
    assert b"It is there: paste its address" in shown.content
    assert b"It is not there: publish again" in shown.content
    queue = client.get(reverse("posts:queue", kwargs={"school": world.school.slug}))
    assert reverse("posts:record-manual", kwargs={"school": world.school.slug, "pk": pub.pk}).encode() in queue.content


@pytest.mark.django_db
def test_the_person_finds_the_post_and_pastes_its_address(world: World, account: OfficialAccount,
                                                          mastodon: FakeMastodon) -> None:
    post = approved_post(world.school, [account])
    pub = crashed_mid_publish(post, minutes_ago=90)
    sweep_due_publications("w2")
    client = verified_client(world.users[Role.ADMINISTRATOR])
    page = reverse("posts:record-manual", kwargs={"school": world.school.slug, "pk": pub.pk})
    assert b"Publishing was interrupted" in client.get(page).content

    response = client.post(page, {"url": "https://mastodon.example/@alphaprimary/1"})

    assert response.status_code == 302
    pub.refresh_from_db()
    assert pub.status == PublicationStatus.PUBLISHED and pub.url == "https://mastodon.example/@alphaprimary/1"
    assert Post.objects.get(pk=post.pk).status == PostStatus.PUBLISHED
    assert statuses_posted(mastodon) == 0


@pytest.mark.django_db
def test_the_person_finds_nothing_and_publishes_again_once(world: World, account: OfficialAccount,
                                                           mastodon: FakeMastodon) -> None:
    post = approved_post(world.school, [account], text="Harvest festival photos soon.")
    pub = crashed_mid_publish(post, minutes_ago=90)
    sweep_due_publications("w2")
    client = verified_client(world.users[Role.ADMINISTRATOR])

    client.post(reverse("posts:retry-publication", kwargs={"school": world.school.slug, "pk": pub.pk}))
    assert sweep_due_publications("w3") == 1

    pub.refresh_from_db()
    assert pub.status == PublicationStatus.PUBLISHED and pub.remote_id
    assert statuses_posted(mastodon) == 1
    [status] = [s for s in mastodon.statuses.values()]
    assert pub.remote_id == status.id
    with pytest.raises(PostError):  # published now: neither a second retry nor a pasted address
        do_retry_publication(membership(world.school, Role.ADMINISTRATOR), pub)
    with pytest.raises(PostError):
        do_record_manual_publication(membership(world.school, Role.ADMINISTRATOR), pub, "https://m.example/1")


@pytest.mark.django_db
def test_within_the_hour_it_is_sent_again_with_the_same_key_and_posts_once(
        world: World, account: OfficialAccount, mastodon: FakeMastodon) -> None:
    post = approved_post(world.school, [account])
    pub = crashed_mid_publish(post, minutes_ago=5)
    # The dead worker's request did reach Mastodon before it died.
    from safepost.accounts.credentials import credentials_for
    from safepost.connectors import OutgoingPost, connector_for

    first = connector_for("mastodon", credentials_for(account)).publish(
        OutgoingPost(text=pub.revision.text, idempotency_key=pub.idempotency_key))

    assert sweep_due_publications("w2") == 1

    pub.refresh_from_db()
    assert pub.status == PublicationStatus.PUBLISHED and pub.remote_id == first.remote_id
    assert len(mastodon.statuses) == 1  # Mastodon recognised the key: one post, not two


@pytest.mark.django_db
def test_a_lost_answer_from_facebook_is_not_published_again_but_checked(world: World) -> None:
    from django.test import override_settings

    from safepost.accounts import vault
    from tests.connectors.graphfake import APP_ID, APP_SECRET, PAGE_ID, PAGE_TOKEN, GraphFake, error_body

    with GraphFake() as graph, override_settings(SAFEPOST_FACEBOOK_APP_ID=APP_ID,
                                                 SAFEPOST_FACEBOOK_APP_SECRET=APP_SECRET,
                                                 SAFEPOST_GRAPH_URL=graph.graph_url):
        page = make_account(world.school, world.staff[0], world.users[Role.ADMINISTRATOR], platform=Platform.FACEBOOK,
                            login={"username": PAGE_ID, "password": PAGE_TOKEN}, name="Alpha Facebook")
        assert vault.unseal(page.secret)["username"] == PAGE_ID
        post = approved_post(world.school, [page], text="Snow day: school is closed.")
        Publication.objects.filter(post=post).update(due_at=timezone.now() - timedelta(seconds=1))
        graph.fail("POST", f"{PAGE_ID}/feed", 500, error_body(2, "An unexpected error has occurred."),
                   after=True)  # Facebook made the post, then the answer was lost

        assert sweep_due_publications("w1") == 1
        pub = Publication.objects.get(post=post)
        assert pub.status == PublicationStatus.UNCERTAIN
        assert sweep_due_publications("w2") == 0
        assert len(graph.calls("POST", f"{PAGE_ID}/feed")) == 1 and len(graph.posts()) == 1
        assert Post.objects.get(pk=post.pk).status == PostStatus.PUBLISHING  # not failed: waiting for a person
