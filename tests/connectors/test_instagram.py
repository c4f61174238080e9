"""The Instagram connector against the local Graph API fake, which fetches photos as Meta does."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PIL import Image

from safepost.connectors import (
    ConnectorError,
    Credentials,
    Health,
    NotSupported,
    OutgoingPost,
    Photo,
    connector_for,
)
from safepost.connectors.instagram import InstagramConnector, set_default_photo_host
from tests.connectors.graphfake import (
    APP_ID,
    APP_SECRET,
    IG_ID,
    IG_USERNAME,
    PAGE_TOKEN,
    GraphFake,
    PhotoServer,
    error_body,
    hours_ago,
    usage,
)


def jpeg(colour: tuple[int, int, int] = (30, 160, 60)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), colour).save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture
def fake() -> Iterator[GraphFake]:
    with GraphFake() as server:
        yield server


@pytest.fixture
def photos() -> Iterator[PhotoServer]:
    with PhotoServer() as server:
        yield server


def instagram(fake: GraphFake, photos: PhotoServer | None = None, *, app: bool = False,
              token: str = PAGE_TOKEN) -> InstagramConnector:
    extra = {"username": IG_USERNAME} | ({"app_id": APP_ID, "app_secret": APP_SECRET} if app else {})
    connector = connector_for("instagram", Credentials(IG_ID, token, base_url=fake.graph_url, extra=extra), timeout=5.0)
    assert isinstance(connector, InstagramConnector)
    connector.photo_host = photos
    connector.sleep = lambda seconds: None
    connector.graph.sleep = lambda seconds: None
    return connector


def test_it_publishes_one_photo_through_a_container_with_alt_text(fake: GraphFake, photos: PhotoServer) -> None:
    photo = jpeg()
    published = instagram(fake, photos).publish(OutgoingPost(text="Our new library!", idempotency_key="k1", photos=[
        Photo(photo, "image/jpeg", "Shelves of colourful books")]))

    [create] = fake.calls("POST", f"{IG_ID}/media")
    assert create.form["caption"] == "Our new library!" and create.form["alt_text"] == "Shelves of colourful books"
    assert create.form["image_url"].startswith(photos.root)
    [media] = fake.media()
    container = fake.container_of(media)
    assert container.fields["image"] == photo  # Meta fetched the photo from the public address
    assert len(fake.calls("GET", container.fields["id"])) == 2  # IN_PROGRESS, then FINISHED
    [publish] = fake.calls("POST", f"{IG_ID}/media_publish")
    assert publish.form == {"creation_id": container.fields["id"]}
    assert published.remote_id == media.fields["id"] and published.url == media.fields["permalink"]
    assert photos.withdrawn == [create.form["image_url"]] and photos.photos == {}


def test_it_publishes_several_photos_as_a_carousel(fake: GraphFake, photos: PhotoServer) -> None:
    post = OutgoingPost(text="Science week", idempotency_key="k2", photos=[
        Photo(jpeg((i * 50, 20, 20)), "image/jpeg", f"Experiment {i}") for i in range(1, 4)])

    published = instagram(fake, photos).publish(post)

    *children, carousel = fake.calls("POST", f"{IG_ID}/media")
    assert [c.form["alt_text"] for c in children] == ["Experiment 1", "Experiment 2", "Experiment 3"]
    assert all(c.form["is_carousel_item"] == "true" and "caption" not in c.form for c in children)
    assert carousel.form["media_type"] == "CAROUSEL" and carousel.form["caption"] == "Science week"
    assert len(carousel.form["children"].split(",")) == 3
    [media] = fake.media()
    assert published.remote_id == media.fields["id"] and len(photos.withdrawn) == 3


def test_a_photo_instagram_cannot_fetch_fails_in_words(fake: GraphFake, photos: PhotoServer) -> None:
    class Unreachable(PhotoServer):
        def url_for(self, photo: object) -> str:
            return self.root + "/nothing-here.jpg"

    with Unreachable() as broken, pytest.raises(ConnectorError) as failed:
        instagram(fake, broken).publish(OutgoingPost(text="x", idempotency_key="k3", photos=[
            Photo(jpeg(), "image/jpeg", "A photo")]))

    assert "ERROR" in failed.value.message and not failed.value.retryable
    assert fake.calls("POST", f"{IG_ID}/media_publish") == []


def test_without_a_public_address_for_photos_it_says_what_to_configure(fake: GraphFake) -> None:
    set_default_photo_host(None)
    with pytest.raises(ConnectorError) as refused:
        instagram(fake).publish(OutgoingPost(text="x", idempotency_key="k4", photos=[Photo(jpeg(), "image/jpeg", "a")]))

    assert "SAFEPOST_PUBLIC_URL" in refused.value.message and fake.requests == []


@pytest.mark.parametrize(("post", "words"), [
    (OutgoingPost(text="Only words", idempotency_key="e"), "needs at least one photo"),
    (OutgoingPost(text="x" * 2201, idempotency_key="e", photos=[Photo(b"x", "image/jpeg", "a")]), "2,201"),
    (OutgoingPost(text="x", idempotency_key="e", photos=[Photo(b"x", "image/png", "a")]), "could not turn into"),
    (OutgoingPost(text="x", idempotency_key="e", photos=[Photo(b"x", "image/jpeg", "a")] * 11), "at most 10"),
    (OutgoingPost(text="x", idempotency_key="e", photos=[Photo(b"x", "image/jpeg", "")]), "no alt text"),
])
def test_it_refuses_what_instagram_would_refuse_without_calling_it(fake: GraphFake, photos: PhotoServer,
                                                                    post: OutgoingPost, words: str) -> None:
    with pytest.raises(ConnectorError) as refused:
        instagram(fake, photos).publish(post)

    assert not refused.value.retryable and words in refused.value.message and fake.requests == []


def test_a_lost_answer_to_media_publish_is_not_repeated(fake: GraphFake, photos: PhotoServer) -> None:
    fake.fail("POST", f"{IG_ID}/media_publish", 500, error_body(1, "An unknown error occurred"), after=True)

    with pytest.raises(ConnectorError) as failed:
        instagram(fake, photos).publish(OutgoingPost(text="x", idempotency_key="k5", photos=[
            Photo(jpeg(), "image/jpeg", "a")]))

    assert not failed.value.retryable and "may or may not have happened" in failed.value.message
    assert len(fake.calls("POST", f"{IG_ID}/media_publish")) == 1 and len(fake.media()) == 1
    assert photos.photos == {}  # the public copy is withdrawn even when publishing fails


def test_deleting_a_post_or_blocking_is_not_in_instagrams_api(fake: GraphFake) -> None:
    connector = instagram(fake)
    assert connector.capabilities.delete is False and connector.capabilities.lookup is False
    with pytest.raises(NotSupported, match="Instagram app"):
        connector.delete("1789")
    assert connector.find_published("k") is None


def test_it_fetches_comments_and_replies_since_a_time_leaving_out_its_own(fake: GraphFake, photos: PhotoServer) -> None:
    connector = instagram(fake, photos)
    post = connector.publish(OutgoingPost(text="x", idempotency_key="k6", photos=[Photo(jpeg(), "image/jpeg", "a")]))
    fake.add_comment(post.remote_id, "Old", created=hours_ago(5))
    first = fake.add_comment(post.remote_id, "Amazing!", username="proud_gran", created=hours_ago(2))
    for n in range(60):
        fake.add_comment(post.remote_id, f"Great {n}", created=hours_ago(1.9))
    reply = fake.add_comment(post.remote_id, "So true", username="another_parent", parent=first,
                             created=hours_ago(1))
    own = fake.add_comment(post.remote_id, "Thanks!", username=IG_USERNAME, parent=first, created=hours_ago(0.5))

    comments = connector.fetch_comments(hours_ago(3), [post.remote_id])

    ids = [c.remote_id for c in comments]
    assert len(comments) == 62 and ids[0] == first and ids[-1] == reply and own not in ids
    assert comments[0].author_handle == "proud_gran" and comments[0].parent_remote_id is None
    assert comments[-1].parent_remote_id == first and comments[-1].post_remote_id == post.remote_id
    assert len(fake.calls("GET", f"{post.remote_id}/comments")) == 2  # paging.next followed


def test_it_replies_hides_unhides_and_deletes_comments(fake: GraphFake, photos: PhotoServer) -> None:
    connector = instagram(fake, photos)
    post = connector.publish(OutgoingPost(text="x", idempotency_key="k7", photos=[Photo(jpeg(), "image/jpeg", "a")]))
    first = fake.add_comment(post.remote_id, "When is the fair?")
    fake.add_comment(post.remote_id, "I wondered too", parent=first)
    top, nested = connector.fetch_comments(None, [post.remote_id])

    answer = connector.reply(nested, "Saturday at 10", idempotency_key="r1")
    connector.hide(top)
    hidden = fake.nodes[top.remote_id].fields["hidden"]
    connector.unhide(top)
    connector.delete_comment(nested)

    [call] = fake.calls("POST", r".*/replies")
    assert call.path == f"{first}/replies" and call.form == {"message": "Saturday at 10"}
    assert fake.nodes[answer.remote_id].fields["parent"] == first
    assert hidden is True and fake.nodes[top.remote_id].fields["hidden"] is False
    assert [c.form for c in fake.calls("POST", top.remote_id)] == [{"hide": "true"}, {"hide": "false"}]
    assert fake.nodes[nested.remote_id].fields["deleted"]
    with pytest.raises(NotSupported, match="Block or Restrict"):
        connector.block(top)


def test_health(fake: GraphFake) -> None:
    assert instagram(fake, app=True).health() is Health.OK
    fake.usage_headers = usage(99)
    assert instagram(fake).health() is Health.RATE_LIMITED
    fake.usage_headers = {}
    assert instagram(fake, token="EAAExpired").health() is Health.BAD_CREDENTIALS
    fake.debug["is_valid"] = False
    assert instagram(fake, app=True).health() is Health.BAD_CREDENTIALS


def test_without_its_username_in_the_credentials_it_asks_for_it_to_leave_its_own_replies_out(
        fake: GraphFake, photos: PhotoServer) -> None:
    connector = instagram(fake, photos)
    post = connector.publish(OutgoingPost(text="x", idempotency_key="k8", photos=[Photo(jpeg(), "image/jpeg", "a")]))
    first = fake.add_comment(post.remote_id, "Lovely")
    fake.add_comment(post.remote_id, "Thank you!", username=IG_USERNAME, parent=first)
    bare = InstagramConnector(Credentials(IG_ID, PAGE_TOKEN, base_url=fake.graph_url))  # as the vault gives it

    assert [c.remote_id for c in bare.fetch_comments(None, [post.remote_id])] == [first]
    assert bare.fetch_comments(None, [post.remote_id])  # the name is asked once, then kept
    assert len(fake.calls("GET", IG_ID)) == 1
