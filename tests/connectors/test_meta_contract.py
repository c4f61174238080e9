"""Facebook Pages and Instagram pass the connector contract (tests/connectors/contract.py) against
the local Graph API fake (tests/connectors/graphfake.py).

Two things differ from a platform with millisecond clocks, and are said here rather than hidden:

- Meta writes times to the second (``created_time``, ``timestamp``), so the contract's pause
  between two comments is a little over a second for these platforms;
- Instagram cannot publish a post without a photo, so the contract's text-only posts are sent to
  Instagram with a plain photo added (``WithPhoto``), and Instagram's API cannot delete a post, so
  the delete test checks the connector says so (``NotSupported``) instead.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PIL import Image

from safepost.connectors import Credentials, NotSupported, OutgoingPost, Photo, Published, RemoteComment
from safepost.connectors.facebook import FacebookConnector
from safepost.connectors.instagram import InstagramConnector
from tests.connectors.contract import ConnectorContract, ContractWorld, SeenPost
from tests.connectors.graphfake import IG_ID, IG_USERNAME, PAGE_ID, PAGE_TOKEN, GraphFake, PhotoServer

#: Meta's clocks count whole seconds: the contract's pause between two comments (ContractWorld.tick).
META_TICK = 1.05


@pytest.fixture
def fake() -> Iterator[GraphFake]:
    with GraphFake() as server:
        yield server


@pytest.fixture
def photos() -> Iterator[PhotoServer]:
    with PhotoServer() as server:
        yield server


def third_party_comment(fake: GraphFake, target: str, text: str) -> str:
    node = fake.nodes[target]
    if node.kind == "comment":
        return fake.add_comment(node.fields["on"], text, parent=target)
    return fake.add_comment(target, text)


def exists(fake: GraphFake, remote_id: str) -> bool:
    node = fake.nodes.get(remote_id)
    return node is not None and not node.fields.get("deleted")


class TestFacebookContract(ConnectorContract):
    @pytest.fixture
    def world(self, fake: GraphFake) -> ContractWorld:
        def connector(token: str) -> FacebookConnector:
            made = FacebookConnector(Credentials(PAGE_ID, token, base_url=fake.graph_url), timeout=5.0)
            made.graph.sleep = lambda seconds: None
            return made

        def read_post(remote_id: str) -> SeenPost | None:
            if not exists(fake, remote_id):
                return None
            node = fake.nodes[remote_id]
            alts = tuple(fake.nodes[photo].fields["alt_text_custom"] for photo in node.fields.get("photos", []))
            return SeenPost(text=node.fields["message"], alt_texts=alts)

        return ContractWorld(
            connector=connector(PAGE_TOKEN), read_post=read_post,
            comment=lambda target, text: third_party_comment(fake, target, text),
            post_count=lambda: sum(1 for post in fake.posts() if not post.fields.get("deleted")),
            bad_credentials=lambda: connector("EAARevokedToken0001"),
            is_hidden=lambda comment_id: bool(fake.nodes[comment_id].fields["is_hidden"]),
            comment_exists=lambda comment_id: exists(fake, comment_id),
            is_blocked=lambda comment: comment.author_remote_id in fake.blocked, tick=META_TICK,
        )


def plain_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 40), (30, 120, 200)).save(out, format="JPEG")
    return out.getvalue()


class WithPhoto(InstagramConnector):
    """Instagram posts always carry a photo: a text-only post gets a plain blue square."""

    def publish(self, post: OutgoingPost) -> Published:
        if not post.photos and not post.reply_to:
            post = replace(post, photos=(Photo(plain_jpeg(), "image/jpeg", "A plain blue square"),))
        return super().publish(post)


class TestInstagramContract(ConnectorContract):
    @pytest.fixture
    def world(self, fake: GraphFake, photos: PhotoServer) -> ContractWorld:
        def connector(token: str) -> InstagramConnector:
            made = WithPhoto(Credentials(IG_ID, token, base_url=fake.graph_url, extra={"username": IG_USERNAME}),
                             timeout=5.0, photo_host=photos, sleep=lambda seconds: None)
            made.graph.sleep = lambda seconds: None
            return made

        def read_post(remote_id: str) -> SeenPost | None:
            if not exists(fake, remote_id):
                return None
            node = fake.nodes[remote_id]
            if node.kind == "comment":
                return SeenPost(text=node.fields["text"])
            container = fake.container_of(node)
            parts = [fake.nodes[child] for child in container.fields.get("children", [])] or [container]
            return SeenPost(text=container.fields["caption"], alt_texts=tuple(p.fields["alt_text"] for p in parts))

        return ContractWorld(
            connector=connector(PAGE_TOKEN), read_post=read_post,
            comment=lambda target, text: third_party_comment(fake, target, text),
            post_count=lambda: len(fake.media()),
            bad_credentials=lambda: connector("EAARevokedToken0002"),
            is_hidden=lambda comment_id: bool(fake.nodes[comment_id].fields["hidden"]),
            comment_exists=lambda comment_id: exists(fake, comment_id),
            is_blocked=None, tick=META_TICK,
        )

    def test_it_deletes_a_post_and_deleting_it_again_is_fine(self, world: ContractWorld) -> None:
        """Instagram's API has no delete (the IG Media reference lists none): the connector says so."""
        published = world.connector.publish(OutgoingPost(text="Posted by mistake.", idempotency_key="ig-delete"))
        assert not world.connector.capabilities.delete
        with pytest.raises(NotSupported, match="Instagram app"):
            world.connector.delete(published.remote_id)
        assert world.read_post(published.remote_id) is not None


def test_a_png_is_sent_to_instagram_as_a_jpeg(fake: GraphFake, photos: PhotoServer) -> None:
    png = io.BytesIO()
    Image.new("RGBA", (20, 10), (200, 0, 0, 128)).save(png, format="PNG")
    connector = InstagramConnector(Credentials(IG_ID, PAGE_TOKEN, base_url=fake.graph_url), photo_host=photos,
                                   sleep=lambda seconds: None)

    connector.publish(OutgoingPost(text="x", idempotency_key="png", photos=[Photo(png.getvalue(), "image/png", "Red")]))

    [media] = fake.media()
    fetched = fake.container_of(media).fields["image"]
    assert fetched[:3] == b"\xff\xd8\xff"
    with Image.open(io.BytesIO(fetched)) as image:
        assert image.format == "JPEG" and image.size == (20, 10)


def test_remote_comment_carries_the_facebook_author_id_for_blocking(fake: GraphFake) -> None:
    connector = FacebookConnector(Credentials(PAGE_ID, PAGE_TOKEN, base_url=fake.graph_url))
    post = connector.publish(OutgoingPost(text="Hi", idempotency_key="author"))
    fake.add_comment(post.remote_id, "Hello", author_id="9444", author_name="Jo Bloggs")

    [comment] = connector.fetch_comments(None, [post.remote_id])

    assert isinstance(comment, RemoteComment)
    assert (comment.author_handle, comment.author_name, comment.author_remote_id) == ("Jo Bloggs", "Jo Bloggs", "9444")
