"""The Mastodon connector against a recorded-response Mastodon (fake_mastodon.py) on 127.0.0.1.

No Mastodon-compatible server installs from PyPI, npm or Debian (Mastodon needs Ruby, PostgreSQL
and Redis; GoToSocial and Akkoma ship as their own downloads), so the fake answers exactly as
docs.joinmastodon.org documents: the contract suite, then what is Mastodon's own.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from safepost.connectors import (
    ConnectorError,
    Credentials,
    Health,
    NotSupported,
    OutgoingPost,
    Photo,
    RemoteComment,
    connector_for,
)
from safepost.connectors.http import RetryPolicy
from safepost.connectors.mastodon import MastodonConnector, html_to_text, idempotency_header
from tests.connectors.contract import ConnectorContract, ContractWorld, SeenPost, png
from tests.connectors.fake_mastodon import Account, FakeMastodon
from tests.connectors.fakeserver import serve


class Clock:
    """Sleeps recorded, not slept; time starts now (the fake's rate-limit resets are real times)
    and moves by what was slept."""

    def __init__(self) -> None:
        self.now = time.time()
        self.slept: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with serve(FakeMastodon()) as fake:
        yield fake


@pytest.fixture
def school(mastodon: FakeMastodon) -> Account:
    return mastodon.add_account("stmarys", "St Mary's Primary")


@pytest.fixture
def parent(mastodon: FakeMastodon) -> Account:
    return mastodon.add_account("parent1", "A Parent")


def connect(fake: FakeMastodon, account: Account, *, secret: str | None = None, clock: Clock | None = None,
            retry: RetryPolicy | None = None) -> MastodonConnector:
    clock = clock or Clock()
    return MastodonConnector(Credentials(handle=f"@{account.username}@school.example",
                                         secret=account.token if secret is None else secret, base_url=fake.url),
                             timeout=5.0, sleep=clock.sleep, clock=clock.time, retry=retry)


class TestMastodonContract(ConnectorContract):
    @pytest.fixture
    def world(self, mastodon: FakeMastodon, school: Account, parent: Account) -> ContractWorld:
        def read_post(remote_id: str) -> SeenPost | None:
            status = mastodon.live(remote_id)
            if status is None:
                return None
            return SeenPost(text=status.text, alt_texts=tuple(media.description for media in status.media))

        return ContractWorld(
            connector=connect(mastodon, school),
            read_post=read_post,
            comment=lambda remote_id, text: mastodon.post_as(parent, text, remote_id).id,
            post_count=lambda: sum(1 for s in mastodon.statuses.values() if s.account is school and not s.deleted),
            bad_credentials=lambda: connect(mastodon, school, secret="revoked-token-123456"),
            is_blocked=lambda comment: comment.author_remote_id in school.blocked,
            idempotent_publish=True,  # the Idempotency-Key header, kept for an hour
        )


def test_it_is_the_registered_connector_for_mastodon(mastodon: FakeMastodon, school: Account) -> None:
    connector = connector_for("mastodon", Credentials(handle="@stmarys", secret=school.token, base_url=mastodon.url))
    assert isinstance(connector, MastodonConnector)
    assert connector.health() is Health.OK
    assert school.token not in repr(connector) + repr(connector.credentials) + repr(connector._http)


def test_a_photo_is_uploaded_with_its_description_and_polled_until_processed(
        mastodon: FakeMastodon, school: Account) -> None:
    mastodon.media_polls = 2
    clock = Clock()
    photo = png(40, 30)

    published = connect(mastodon, school, clock=clock).publish(OutgoingPost(
        text="Harvest festival", idempotency_key="rev-1/acc-1",
        photos=[Photo(photo, "image/png", "Pupils carrying baskets of apples")]))

    [upload] = mastodon.requests_to("POST", "/api/v2/media")
    fields, files = upload.form()
    assert fields == {"description": ["Pupils carrying baskets of apples"]}
    assert files["file"].data == photo and files["file"].content_type == "image/png"
    assert files["file"].filename == "photo-1.png"
    assert len(mastodon.requests_to("GET", r"/api/v1/media/\d+")) == 3  # 206, 206, 200
    assert clock.slept == [1.0, 1.0, 1.0]
    [create] = mastodon.requests_to("POST", "/api/v1/statuses")
    media_id = mastodon.statuses[published.remote_id].media[0].id
    assert create.json() == {"status": "Harvest festival", "visibility": "public", "media_ids": [media_id]}
    assert create.header("idempotency-key") == idempotency_header("rev-1/acc-1")
    assert create.header("authorization") == f"Bearer {school.token}"
    assert published.url == f"https://school.example/@stmarys/{published.remote_id}"


def test_a_photo_still_processing_after_the_wait_is_a_retryable_error(mastodon: FakeMastodon, school: Account) -> None:
    mastodon.media_polls = 1000
    with pytest.raises(ConnectorError) as failed:
        connect(mastodon, school).publish(OutgoingPost(text="x", idempotency_key="k",
                                                       photos=[Photo(png(), "image/png", "A dog")]))
    assert failed.value.retryable
    assert failed.value.message == "Mastodon is still processing photo 1 after 30 seconds; it will be tried again"
    assert mastodon.requests_to("POST", "/api/v1/statuses") == []


def test_a_text_over_the_servers_limit_is_refused_in_plain_words(mastodon: FakeMastodon, school: Account) -> None:
    with pytest.raises(ConnectorError) as failed:
        connect(mastodon, school).publish(OutgoingPost(text="a" * 501, idempotency_key="long"))

    error = failed.value
    assert error.status == 422 and not error.retryable
    assert error.message == ("the text is longer than the 500 characters this Mastodon server allows; shorten it "
                             "and publish again")
    assert error.detail == "422 Validation failed: Text character limit of 500 exceeded"


def test_a_file_the_server_refuses_is_explained(mastodon: FakeMastodon, school: Account) -> None:
    mastodon.fail_next(1, 422, body={"error": "Validation failed: File content type is invalid, File is invalid"},
                       path="/api/v2/media")
    with pytest.raises(ConnectorError) as failed:
        connect(mastodon, school).publish(OutgoingPost(text="x", idempotency_key="k",
                                                       photos=[Photo(png(), "image/png", "A dog")]))
    assert failed.value.message == "Mastodon does not accept this file as a photo; use a JPEG or PNG"


def test_rate_limit_headers_make_it_wait_for_the_reset(mastodon: FakeMastodon, school: Account) -> None:
    mastodon.rate_limit = 2
    clock = Clock()
    connector = connect(mastodon, school, clock=clock)
    connector.health()  # 1 of 2
    connector.health()  # 2 of 2: Remaining 0 until the window's reset (5 minutes away)

    with pytest.raises(ConnectorError) as failed:
        connector.publish(OutgoingPost(text="Next", idempotency_key="after-limit"))

    # Five minutes is beyond one call's budget: no request is sent, the caller is told when.
    assert failed.value.retryable and failed.value.retry_after is not None
    assert 200 < failed.value.retry_after <= 300 + 5
    assert "has asked @stmarys@school.example to wait before publishing the post" in failed.value.message
    assert len(mastodon.requests_to("POST", "/api/v1/statuses")) == 0
    assert clock.slept == []


def test_a_429_from_mastodons_rate_limiter_waits_for_x_ratelimit_reset(mastodon: FakeMastodon, school: Account) -> None:
    clock = Clock()
    clock.now = datetime.fromisoformat("2027-01-15T08:00:00+00:00").timestamp()
    reset = "2027-01-15T08:00:20.000000Z"
    mastodon.fail_next(1, 429, body={"error": "Too many requests"},
                       headers={"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset})

    connect(mastodon, school, clock=clock).publish(OutgoingPost(text="Trip today", idempotency_key="trip"))
    assert clock.slept == [20.0]
    assert len(mastodon.requests_to("POST", "/api/v1/statuses")) == 2

    # The account check has a short budget (a person is waiting): it says "rate limited" instead.
    clock.now = datetime.fromisoformat("2027-01-15T08:00:00+00:00").timestamp()
    mastodon.fail_next(1, 429, body={"error": "Too many requests"},
                       headers={"X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset})
    assert connect(mastodon, school, clock=clock).health() is Health.RATE_LIMITED


def test_a_429_with_retry_after_is_honoured(mastodon: FakeMastodon, school: Account) -> None:
    clock = Clock()
    mastodon.fail_next(1, 429, body={"error": "Too many requests"}, headers={"Retry-After": "4"})

    connect(mastodon, school, clock=clock).publish(OutgoingPost(text="Snow day", idempotency_key="snow"))

    assert clock.slept == [4.0]
    assert len(mastodon.requests_to("POST", "/api/v1/statuses")) == 2
    assert sum(1 for s in mastodon.statuses.values() if s.text == "Snow day") == 1


def test_5xx_is_retried_with_backoff_and_the_idempotency_key_prevents_a_double_post(
        mastodon: FakeMastodon, school: Account) -> None:
    clock = Clock()
    mastodon.fail_next(2, 502, body="<html>Bad gateway</html>", path="/api/v1/statuses")

    published = connect(mastodon, school, clock=clock, retry=RetryPolicy(attempts=4, base_delay=1.0)).publish(
        OutgoingPost(text="Sports day", idempotency_key="sports"))

    assert len(clock.slept) == 2 and all(0 <= wait <= 2.0 for wait in clock.slept)
    creates = mastodon.requests_to("POST", "/api/v1/statuses")
    assert len(creates) == 3 and len({r.header("idempotency-key") for r in creates}) == 1
    # A later retry by the caller (after a lost answer) with the same key: the same status.
    again = connect(mastodon, school).publish(OutgoingPost(text="Sports day", idempotency_key="sports"))
    assert again.remote_id == published.remote_id


def test_5xx_that_never_ends_is_a_retryable_error_in_plain_words(mastodon: FakeMastodon, school: Account) -> None:
    mastodon.fail_next(10, 503, body={"error": "Service Unavailable"})
    with pytest.raises(ConnectorError) as failed:
        connect(mastodon, school, retry=RetryPolicy(attempts=3)).fetch_comments(None, ["1"])
    assert failed.value.retryable and failed.value.status == 503
    assert failed.value.message == ("Mastodon had a problem on its side (503) while checking the account; "
                                    "it will be tried again later")
    assert connect(mastodon, school, retry=RetryPolicy(attempts=1)).health() is Health.UNREACHABLE


def test_a_revoked_token_is_bad_credentials_and_never_shown(
        mastodon: FakeMastodon, school: Account, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    connector = connect(mastodon, school, secret="revoked-SECRET-token")

    assert connector.health() is Health.BAD_CREDENTIALS
    with pytest.raises(ConnectorError) as failed:
        connector.publish(OutgoingPost(text="x", idempotency_key="k"))
    error = failed.value
    assert error.status == 401 and error.bad_credentials and not error.retryable
    assert error.message == ("Mastodon no longer accepts the sign-in saved for @stmarys@school.example: The access "
                             "token is invalid. Reconnect the account in its settings")
    for text in (error.message, error.detail, repr(error), repr(connector), caplog.text):
        assert "revoked-SECRET-token" not in text


def test_comments_are_read_only_under_posts_that_have_replies(
        mastodon: FakeMastodon, school: Account, parent: Account) -> None:
    connector = connect(mastodon, school)
    quiet = connector.publish(OutgoingPost(text="No replies here", idempotency_key="quiet"))
    busy = connector.publish(OutgoingPost(text="Replies here", idempotency_key="busy"))
    comment = mastodon.post_as(parent, "@stmarys Lovely https://example.org/a/very/long/path?x=1\n\nSee you there",
                               busy.remote_id)
    comment.spoiler_text = "Photos"

    [found] = connector.fetch_comments(None, [quiet.remote_id, busy.remote_id])

    [batch] = mastodon.requests_to("GET", "/api/v1/statuses")
    assert batch.query == {"id[]": [quiet.remote_id, busy.remote_id]}
    assert [r.path for r in mastodon.requests_to("GET", r".*/context")] == [f"/api/v1/statuses/{busy.remote_id}/context"]
    assert found.text == "Photos\n\n@stmarys Lovely https://example.org/a/very/long/path?x=1\n\nSee you there"
    assert found.author_handle == "parent1" and found.author_name == "A Parent"
    assert found.author_remote_id == parent.id
    assert found.url == f"https://school.example/@parent1/{comment.id}"

    mastodon.batch_supported = False  # a server before 4.3: a context call per post
    assert [c.remote_id for c in connector.fetch_comments(None, [quiet.remote_id, busy.remote_id])] == [comment.id]
    assert len(mastodon.requests_to("GET", r".*/context")) == 3


def test_a_deleted_post_has_no_comments_and_a_bad_id_is_refused(mastodon: FakeMastodon, school: Account) -> None:
    connector = connect(mastodon, school)
    mastodon.batch_supported = False
    assert connector.fetch_comments(None, ["999"]) == []
    with pytest.raises(ConnectorError, match="is not the id of a Mastodon post"):
        connector.fetch_comments(None, ["../../admin"])
    with pytest.raises(ConnectorError, match="is not the id of a Mastodon post"):
        connector.delete("at://did:plc:x/app.bsky.feed.post/1")


def test_a_reply_mentions_the_commenter_and_keeps_a_private_comment_private(
        mastodon: FakeMastodon, school: Account, parent: Account) -> None:
    connector = connect(mastodon, school)
    post = connector.publish(OutgoingPost(text="Parents' evening", idempotency_key="pe"))
    public = mastodon.post_as(parent, "What time?", post.remote_id)
    private = mastodon.post_as(parent, "@stmarys A private question", post.remote_id, visibility="direct")
    first, second = connector.fetch_comments(None, [post.remote_id])

    answer = connector.reply(first, "At 6pm.", idempotency_key="r1")
    quiet = connector.reply(second, "We will email you, @parent1.", idempotency_key="r2")

    assert mastodon.statuses[answer.remote_id].text == "@parent1 At 6pm."
    assert mastodon.statuses[answer.remote_id].in_reply_to_id == public.id
    assert mastodon.statuses[answer.remote_id].visibility == "public"
    assert mastodon.statuses[quiet.remote_id].text == "We will email you, @parent1."
    assert mastodon.statuses[quiet.remote_id].visibility == "direct"
    assert private.visibility == "direct"


def test_replying_to_a_comment_that_is_gone_says_so(mastodon: FakeMastodon, school: Account) -> None:
    gone = RemoteComment(remote_id="12345", text="", author_handle="x", created_at=datetime.now(UTC),
                         post_remote_id="1")
    with pytest.raises(ConnectorError, match="no longer on Mastodon"):
        connect(mastodon, school).reply(gone, "Hello", idempotency_key="r")


def test_hide_and_delete_comment_say_what_to_do_instead(mastodon: FakeMastodon, school: Account) -> None:
    comment = RemoteComment(remote_id="1", text="", author_handle="x", created_at=datetime.now(UTC),
                            post_remote_id="1")
    connector = connect(mastodon, school)
    with pytest.raises(NotSupported, match="block the account, or report the reply"):
        connector.hide(comment)
    with pytest.raises(NotSupported, match="only the author or the server's moderators"):
        connector.delete_comment(comment)
    with pytest.raises(NotSupported):
        connector.unhide(comment)


def test_blocking_looks_the_author_up_when_the_comment_does_not_say(
        mastodon: FakeMastodon, school: Account, parent: Account) -> None:
    connector = connect(mastodon, school)
    post = connector.publish(OutgoingPost(text="Trip", idempotency_key="trip"))
    rude = mastodon.post_as(parent, "Rude", post.remote_id)
    bare = RemoteComment(remote_id=rude.id, text="Rude", author_handle="parent1", created_at=datetime.now(UTC),
                         post_remote_id=post.remote_id)
    connector.block(bare)

    assert parent.id in school.blocked
    assert [r.path for r in mastodon.requests_to("POST", r".*/block")] == [f"/api/v1/accounts/{parent.id}/block"]
    # A blocked account's replies no longer appear in the school's view of the thread.
    assert connector.fetch_comments(None, [post.remote_id]) == []


def test_no_server_address_is_explained(school: Account) -> None:
    connector = MastodonConnector(Credentials(handle="@stmarys", secret=school.token))
    with pytest.raises(ConnectorError, match="has no server address"):
        connector.publish(OutgoingPost(text="x", idempotency_key="k"))
    assert connector.health() is Health.BAD_CREDENTIALS


def test_html_to_text() -> None:
    assert html_to_text("<p>One &amp; two<br />three</p><p>Four</p>") == "One & two\nthree\n\nFour"
    assert html_to_text('<p><a href="https://x.org/abc"><span class="invisible">https://</span>'
                        '<span class="ellipsis">x.org/a</span><span class="invisible">bc</span></a></p>') == "https://x.org/abc"
