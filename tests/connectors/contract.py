"""The contract every platform connector passes: the same tests against Bluesky's real PDS and
against each REST platform's recorded-response fake.

To run it for a platform, subclass ``ConnectorContract`` in a test module (the class name must
start with ``Test``) and provide a ``world`` fixture giving a ``ContractWorld``: the school's
connector, and ways to see the platform from outside (read a post back, comment as a third party,
count the school's posts, see whether a comment is hidden or still there, whether an author is
blocked). What the connector cannot do, its ``capabilities`` say, and the contract then checks
that the call raises ``NotSupported`` instead.

    class TestMastodonContract(ConnectorContract):
        @pytest.fixture
        def world(self, mastodon: FakeMastodon) -> ContractWorld:
            return ContractWorld(connector=..., read_post=..., comment=..., ...)
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from safepost.connectors import (
    Connector,
    ConnectorError,
    Health,
    NotSupported,
    OutgoingPost,
    Photo,
    RemoteComment,
)


@dataclass(frozen=True)
class SeenPost:
    """A post as the platform holds it, read from outside the connector."""

    text: str
    alt_texts: tuple[str, ...] = ()


@dataclass
class ContractWorld:
    connector: Connector  # the school's official account
    read_post: Callable[[str], SeenPost | None]  # remote id -> the post on the platform, None once deleted
    comment: Callable[[str, str], str]  # (remote id of a post or comment, text) -> a third party's comment id
    post_count: Callable[[], int]  # how many posts the official account has on the platform
    bad_credentials: Callable[[], Connector]  # the same account with a wrong or revoked secret
    is_hidden: Callable[[str], bool] | None = None  # comment remote id -> hidden from the public?
    comment_exists: Callable[[str], bool] | None = None  # comment remote id -> still on the platform?
    is_blocked: Callable[[RemoteComment], bool] | None = None  # the comment's author is blocked?
    # Publishing the same key twice posts once. None: as capabilities.lookup says (a connector that
    # can find the first post will); a platform with an idempotency header but no lookup sets True.
    idempotent_publish: bool | None = None
    # text -> remote id of an official post made outside safepost, for a connector that does not
    # publish (capabilities.publish False: YouTube, whose videos are uploaded in YouTube Studio).
    make_post: Callable[[str], str] | None = None
    # Seconds between two comments for the platform to tell them apart: YouTube's publishedAt
    # counts whole seconds.
    tick: float = 0.01


def png(width: int = 40, height: int = 30) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, format="PNG")
    return out.getvalue()


def _key(name: str) -> str:
    """An idempotency key unique to this run, so a shared server never sees one twice by accident."""
    return f"contract-{name}-{time.time_ns()}"


def _official_post(world: ContractWorld, text: str, name: str) -> str:
    """An official post to comment on: published by the connector, or made outside safepost when
    the platform's connector does not publish."""
    if world.connector.capabilities.publish:
        return world.connector.publish(OutgoingPost(text=text, idempotency_key=_key(name))).remote_id
    assert world.make_post is not None, "a connector that cannot publish needs world.make_post"
    return world.make_post(text)


def _needs(world: ContractWorld, capability: str) -> None:
    """Skip a test of what the platform's connector cannot do, after checking it says so in words."""
    if getattr(world.connector.capabilities, capability):
        return
    with pytest.raises(NotSupported):
        if capability == "publish":
            world.connector.publish(OutgoingPost(text="Not possible here.", idempotency_key=_key("unsupported")))
        else:
            world.connector.delete("0")
    pytest.skip(f"{world.connector.platform} cannot {capability} (capabilities.{capability} is False)")


def _tick(world: ContractWorld) -> None:
    """Let the platform's clock (millisecond timestamps, or seconds: ``world.tick``) move on."""
    time.sleep(world.tick)


class ConnectorContract:
    """The tests. A subclass provides the ``world`` fixture."""

    @pytest.fixture
    def world(self) -> ContractWorld:
        raise NotImplementedError("a contract test class provides a `world` fixture")

    def _thread(self, world: ContractWorld) -> tuple[str, RemoteComment, RemoteComment]:
        """A school post with a parent's comment and a reply to that comment."""
        post_id = _official_post(world, "Our class assembly is on Friday.", "thread")
        first = world.comment(post_id, "Lovely, we will be there")
        _tick(world)
        world.comment(first, "Me too")
        comments = world.connector.fetch_comments(None, [post_id])
        assert len(comments) == 2, comments
        return post_id, comments[0], comments[1]

    # -- publishing --------------------------------------------------------------------------------

    def test_it_publishes_text_and_a_photo_with_its_alt_text(self, world: ContractWorld) -> None:
        _needs(world, "publish")
        published = world.connector.publish(OutgoingPost(
            text="Sports day was brilliant!", idempotency_key=_key("photo"),
            photos=[Photo(data=png(), mime_type="image/png", alt_text="Runners crossing the finish line")]))

        seen = world.read_post(published.remote_id)
        assert seen is not None
        assert seen.text == "Sports day was brilliant!"
        assert seen.alt_texts == ("Runners crossing the finish line",)
        assert published.url.startswith(("https://", "http://"))
        assert published.published_at is not None

    def test_it_finds_a_post_by_its_key_only_after_publishing(self, world: ContractWorld) -> None:
        _needs(world, "publish")
        connector = world.connector
        key = _key("lookup")
        assert connector.find_published(key) is None
        published = connector.publish(OutgoingPost(text="Choir concert tonight at 6.", idempotency_key=key))

        found = connector.find_published(key)
        if connector.capabilities.lookup:
            assert found is not None and found.remote_id == published.remote_id
        else:
            assert found is None  # "only a person knows": the caller asks one
        assert connector.find_published(_key("never")) is None

    def test_publishing_twice_with_one_key_posts_once(self, world: ContractWorld) -> None:
        _needs(world, "publish")
        idempotent = (world.connector.capabilities.lookup if world.idempotent_publish is None
                      else world.idempotent_publish)
        if not idempotent:
            pytest.skip(f"{world.connector.platform} can neither look a post up nor refuse a repeated key")
        before = world.post_count()
        post = OutgoingPost(text="Term dates for next year are on the website.", idempotency_key=_key("twice"))

        first = world.connector.publish(post)
        again = world.connector.publish(post)

        assert again.remote_id == first.remote_id
        assert world.post_count() == before + 1

    def test_it_deletes_a_post_and_deleting_it_again_is_fine(self, world: ContractWorld) -> None:
        _needs(world, "delete")
        _needs(world, "publish")
        published = world.connector.publish(OutgoingPost(text="Posted by mistake.", idempotency_key=_key("delete")))
        assert world.read_post(published.remote_id) is not None

        world.connector.delete(published.remote_id)
        world.connector.delete(published.remote_id)

        assert world.read_post(published.remote_id) is None

    # -- comments ----------------------------------------------------------------------------------

    def test_it_fetches_comments_since_a_time_with_a_reply_thread(self, world: ContractWorld) -> None:
        school = world.connector
        post = _official_post(world, "Well done to Year 4!", "comments")
        elsewhere = _official_post(world, "Unrelated post.", "elsewhere")
        _tick(world)
        before = datetime.now(UTC)
        _tick(world)
        first = world.comment(post, "Brilliant, thank you")
        world.comment(elsewhere, "Not this one")
        _tick(world)
        between = datetime.now(UTC)
        _tick(world)
        nested = world.comment(first, "And the teachers!")

        comments = school.fetch_comments(before, [post])

        assert [comment.remote_id for comment in comments] == [first, nested]
        top, answer = comments
        assert top.text == "Brilliant, thank you" and answer.text == "And the teachers!"
        assert top.author_handle and top.created_at >= before
        assert top.post_remote_id == post and top.parent_remote_id is None
        assert answer.post_remote_id == post and answer.parent_remote_id == first
        later = school.fetch_comments(between, [post])
        assert [comment.remote_id for comment in later] == [nested]
        assert school.fetch_comments(None, []) == []

    def test_it_replies_as_the_school_and_the_reply_reads_back(self, world: ContractWorld) -> None:
        school = world.connector
        post_id, question, _ = self._thread(world)

        answer = school.reply(question, "It starts at 2pm.", idempotency_key=_key("reply"))

        seen = world.read_post(answer.remote_id)
        assert seen is not None and "It starts at 2pm." in seen.text
        # The school's own reply is not a comment to moderate.
        assert answer.remote_id not in [c.remote_id for c in school.fetch_comments(None, [post_id])]

    def test_it_hides_a_comment_or_says_it_cannot(self, world: ContractWorld) -> None:
        school = world.connector
        _, comment, _ = self._thread(world)
        if not school.capabilities.hide:
            with pytest.raises(NotSupported):
                school.hide(comment)
            return
        assert world.is_hidden is not None, "a connector that can hide needs world.is_hidden"
        assert not world.is_hidden(comment.remote_id)
        school.hide(comment)
        school.hide(comment)  # hiding twice is fine
        assert world.is_hidden(comment.remote_id)
        if not school.capabilities.unhide:
            with pytest.raises(NotSupported):
                school.unhide(comment)
            return
        school.unhide(comment)
        assert not world.is_hidden(comment.remote_id)

    def test_it_deletes_a_comment_or_says_it_cannot(self, world: ContractWorld) -> None:
        school = world.connector
        _, comment, _ = self._thread(world)
        if not school.capabilities.delete_comment:
            with pytest.raises(NotSupported):
                school.delete_comment(comment)
            return
        assert world.comment_exists is not None, "a connector that can delete comments needs world.comment_exists"
        assert world.comment_exists(comment.remote_id)
        school.delete_comment(comment)
        assert not world.comment_exists(comment.remote_id)

    def test_it_blocks_a_commenter_or_says_it_cannot(self, world: ContractWorld) -> None:
        school = world.connector
        _, comment, _ = self._thread(world)
        if not school.capabilities.block:
            with pytest.raises(NotSupported):
                school.block(comment)
            return
        assert world.is_blocked is not None, "a connector that can block needs world.is_blocked"
        assert not world.is_blocked(comment)
        school.block(comment)
        school.block(comment)  # blocking twice is fine
        assert world.is_blocked(comment)

    # -- the account -------------------------------------------------------------------------------

    def test_health_is_ok_with_good_credentials_and_says_when_they_are_bad(self, world: ContractWorld) -> None:
        assert world.connector.health() is Health.OK
        wrong = world.bad_credentials()
        assert wrong.health() is Health.BAD_CREDENTIALS
        with pytest.raises(ConnectorError) as refused:
            if wrong.capabilities.publish:
                wrong.publish(OutgoingPost(text="Never posted.", idempotency_key=_key("refused")))
            else:
                wrong.fetch_comments(None, [_official_post(world, "A video.", "refused")])
        assert not refused.value.retryable
        assert wrong.credentials.secret not in refused.value.message + refused.value.detail + repr(wrong.credentials)
