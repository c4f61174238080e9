"""The X connector against the documented X API v2, served by a local fake (tests/connectors/x_fake.py)."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

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
from safepost.connectors.http import RetryPolicy
from safepost.connectors.x import XConnector, weighted_length
from tests.connectors.contract import ConnectorContract, ContractWorld, SeenPost
from tests.connectors.fakeserver import serve
from tests.connectors.x_fake import SCHOOL_ID, TOO_MANY, FakeX

TOKEN = "x-access-token-school"


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (30, 120, 200)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def fake() -> Iterator[FakeX]:
    with serve(FakeX(TOKEN)) as server:
        yield server


class Clock:
    """Real time that jumps forward when the client sleeps: no test waits for a backoff."""

    def __init__(self) -> None:
        self.offset = 0.0
        self.slept: list[float] = []

    def now(self) -> float:
        return time.time() + self.offset

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.offset += seconds


def connect(fake: FakeX, token: str = TOKEN, clock: Clock | None = None, **options: Any) -> XConnector:
    clock = clock or Clock()
    return XConnector(Credentials(handle="@AlphaPrimary", secret=token, base_url=fake.url),
                      http_options={"sleep": clock.sleep, "clock": clock.now, **options})


def test_it_is_the_registered_x_connector(fake: FakeX) -> None:
    assert isinstance(connector_for("x", Credentials(handle="@a", secret="t", base_url=fake.url)), XConnector)


def test_it_publishes_a_photo_with_its_alt_text(fake: FakeX) -> None:
    photo = png()
    published = connect(fake).publish(OutgoingPost(
        text="Sports day was brilliant! https://example.org/sports", idempotency_key="rev-1/acc-1",
        photos=[Photo(data=photo, mime_type="image/png", alt_text="Runners crossing the finish line")]))

    tweet = fake.tweets[published.remote_id]
    assert tweet.text == "Sports day was brilliant! https://example.org/sports"
    [media_id] = tweet.media_ids
    assert fake.media[media_id]["bytes"] == photo
    assert fake.media[media_id]["category"] == "tweet_image"
    assert fake.media[media_id]["alt_text"] == "Runners crossing the finish line"
    [upload] = fake.requests_to("POST", r"/2/media/upload")
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert upload.headers["authorization"] == f"Bearer {TOKEN}"
    assert published.url == f"https://x.com/AlphaPrimary/status/{published.remote_id}"
    # The alt text is attached before the post exists (upload, metadata, then the post).
    order = [r.path for r in fake.requests if r.method == "POST"]
    assert order == ["/2/media/upload", "/2/media/metadata", "/2/tweets"]


def test_publishing_the_same_post_again_finds_the_first(fake: FakeX) -> None:
    post = OutgoingPost(text="Term dates are on the website: https://alpha.sch.uk/dates", idempotency_key="rev-7")
    first = connect(fake).publish(post)
    again = connect(fake).publish(post)  # a retry after a lost answer: a new connector, the same words

    assert again.remote_id == first.remote_id
    assert len(fake.tweets) == 1
    assert connect(fake).find_published("rev-7") is None  # X cannot look a post up by our key
    assert not connect(fake).capabilities.lookup


def test_it_counts_length_as_x_does_and_refuses_before_uploading(fake: FakeX) -> None:
    assert weighted_length("a" * 280) == 280
    assert weighted_length("see https://example.org/" + "x" * 200) == 4 + 23
    assert weighted_length("日本") == 4
    assert weighted_length("👍🏽") == 2  # an emoji with a skin tone is one emoji

    with pytest.raises(ConnectorError) as refused:
        connect(fake).publish(OutgoingPost(text="日" * 141, idempotency_key="k", photos=[
            Photo(data=png(), mime_type="image/png", alt_text="")]))
    assert "282" in refused.value.message and "280" in refused.value.message
    assert not refused.value.retryable
    assert fake.requests == []


def test_it_fetches_replies_to_its_posts_including_ones_down_the_thread(fake: FakeX) -> None:
    school = connect(fake)
    post = school.publish(OutgoingPost(text="Well done to Year 4!", idempotency_key="rev-20"))
    other = school.publish(OutgoingPost(text="Unrelated post", idempotency_key="rev-21"))
    parent = fake.add_user("parent_one", "A Parent")
    before = datetime.now(UTC) - timedelta(seconds=1)
    first = fake.add_tweet(parent, "@AlphaPrimary Brilliant, thank you", reply_to=post.remote_id)
    fake.add_tweet(parent, "@AlphaPrimary not this one", reply_to=other.remote_id)
    nested = fake.add_tweet(parent, "and the teachers!", reply_to=first.id)  # no mention: found by search
    answer = school.reply(school_comment := school.fetch_comments(before, [post.remote_id])[0], "Thank you!", "r-1")

    comments = school.fetch_comments(before, [post.remote_id])
    assert [c.remote_id for c in comments] == [first.id, nested.id]
    top, below = comments
    assert school_comment.remote_id == first.id
    assert (top.author_handle, top.author_name, top.author_remote_id) == ("parent_one", "A Parent", parent)
    assert top.post_remote_id == post.remote_id and top.parent_remote_id is None
    assert below.post_remote_id == post.remote_id and below.parent_remote_id == first.id
    assert top.url == f"https://x.com/parent_one/status/{first.id}"
    assert answer.remote_id not in {c.remote_id for c in comments}  # the school's own reply is not a comment
    assert fake.tweets[answer.remote_id].replied_to == first.id
    mentions = fake.requests_to("GET", r"/2/users/\d+/mentions")[-1]
    assert mentions.query["expansions"][0] == "author_id" and mentions.query["max_results"][0] == "100"
    assert mentions.query["start_time"][0].endswith("Z") and "." not in mentions.query["start_time"][0]
    search = fake.requests_to("GET", r"/2/tweets/search/recent")[-1]
    assert search.query["query"][0] == f"conversation_id:{post.remote_id} -is:retweet"
    assert school.fetch_comments(None, []) == []


def test_it_pages_through_mentions(fake: FakeX) -> None:
    school = connect(fake)
    post = school.publish(OutgoingPost(text="Harvest festival on Friday", idempotency_key="rev-30"))
    parent = fake.add_user("busy_parent")
    replies = [fake.add_tweet(parent, f"@AlphaPrimary question {n}", reply_to=post.remote_id) for n in range(130)]

    comments = school.fetch_comments(None, [post.remote_id])

    assert [c.remote_id for c in comments] == [r.id for r in replies]
    tokens = [(r.query.get("pagination_token") or [None])[0] for r in fake.requests_to("GET", r"/2/users/\d+/mentions")]
    assert tokens == [None, "100"]


def test_many_posts_share_a_few_search_queries_within_512_characters(fake: FakeX) -> None:
    school = connect(fake)
    posts = [school.publish(OutgoingPost(text=f"Post {n}", idempotency_key=f"rev-{n}")).remote_id for n in range(40)]

    school.fetch_comments(None, posts)

    queries = [r.query["query"][0] for r in fake.requests_to("GET", r"/2/tweets/search/recent")]
    assert len(queries) == 4  # 12 ids fit in one query of at most 512 characters
    assert all(len(q) <= 512 for q in queries)
    assert sorted(id_ for q in queries for id_ in __import__("re").findall(r"conversation_id:(\d+)", q)) == sorted(posts)


def test_it_hides_and_shows_a_reply_but_cannot_delete_it(fake: FakeX) -> None:
    school = connect(fake)
    post = school.publish(OutgoingPost(text="Open evening next week", idempotency_key="rev-40"))
    parent = fake.add_user("rude_parent")
    fake.add_tweet(parent, "@AlphaPrimary rude words", reply_to=post.remote_id)
    [rude] = school.fetch_comments(None, [post.remote_id])

    school.hide(rude)
    school.hide(rude)  # hiding twice succeeds
    assert fake.tweets[rude.remote_id].hidden
    school.unhide(rude)
    assert not fake.tweets[rude.remote_id].hidden
    with pytest.raises(NotSupported, match="delete someone else's reply"):
        school.delete_comment(rude)
    elsewhere = fake.add_tweet(parent, "a post of the parent's own")
    under = fake.add_tweet(parent, "@AlphaPrimary hi", reply_to=elsewhere.id)
    with pytest.raises(NotSupported, match="conversation its own post started"):
        school.hide(rude.__class__(**{**rude.__dict__, "remote_id": under.id}))
    assert connect(fake).capabilities.hide and connect(fake).capabilities.unhide


def test_blocking_says_in_words_that_it_needs_the_enterprise_plan(fake: FakeX) -> None:
    school = connect(fake)
    post = school.publish(OutgoingPost(text="Choir tonight", idempotency_key="rev-50"))
    troll = fake.add_user("troll")
    fake.add_tweet(troll, "@AlphaPrimary nasty", reply_to=post.remote_id)
    [nasty] = school.fetch_comments(None, [post.remote_id])

    with pytest.raises(NotSupported, match="Enterprise plan; block @troll in the X app"):
        school.block(nasty)
    fake.enterprise = True
    school.block(nasty)
    assert fake.blocks == {(SCHOOL_ID, troll)}
    [request] = fake.requests_to("POST", r"/2/users/\d+/blocking")[-1:]
    assert request.json() == {"target_user_id": troll}


def test_it_deletes_a_post_and_deleting_it_again_is_fine(fake: FakeX) -> None:
    school = connect(fake)
    published = school.publish(OutgoingPost(text="Posted by mistake", idempotency_key="rev-9"))
    school.delete(published.remote_id)
    school.delete(published.remote_id)
    assert fake.tweets == {}
    with pytest.raises(ConnectorError, match="not the id of an X post"):
        school.delete("not-a-number")


def test_it_honours_the_rate_limit_headers_without_sending_a_doomed_request(fake: FakeX) -> None:
    school = connect(fake)
    fake.limit = 2
    fake.reset_at = int(time.time()) + 600
    school.publish(OutgoingPost(text="one", idempotency_key="1"))
    school.publish(OutgoingPost(text="two", idempotency_key="2"))  # x-rate-limit-remaining: 0 now
    sent = len(fake.requests)

    with pytest.raises(ConnectorError) as limited:
        school.publish(OutgoingPost(text="three", idempotency_key="3"))

    assert len(fake.requests) == sent  # nothing sent: X would refuse it
    error = limited.value
    assert error.retryable and error.status == 429  # met before sending: nothing was sent
    assert error.retry_after is not None and 590 <= error.retry_after <= 600
    assert error.message == ("X has asked @AlphaPrimary to wait before publishing the post; it will be tried again "
                             "in about 10 minutes")


def test_a_429_gives_its_reset_time_back_to_the_caller(fake: FakeX) -> None:
    reset = int(time.time()) + 900
    fake.fail_next(1, 429, body=TOO_MANY, method="POST", path="/2/tweets",
                   headers={"x-rate-limit-limit": "100", "x-rate-limit-remaining": "0", "x-rate-limit-reset": str(reset)})
    school = connect(fake)

    with pytest.raises(ConnectorError) as limited:
        school.publish(OutgoingPost(text="Snow day", idempotency_key="s"))

    error = limited.value
    assert (error.retryable, error.status) == (True, 429)
    assert error.retry_after is not None and 890 <= error.retry_after <= 900
    assert error.message == ("X is limiting how often @AlphaPrimary can do things (publishing the post); it will "
                             "be tried again later")
    assert error.detail == "429 Too Many Requests"
    assert len(fake.requests_to("POST", r"/2/tweets")) == 1  # too long to wait in a worker
    assert fake.tweets == {}


def test_a_429_that_resets_within_seconds_is_waited_for(fake: FakeX) -> None:
    fake.fail_next(1, 429, body=TOO_MANY, method="POST", path="/2/tweets",
                   headers={"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(time.time()) + 2)})
    clock = Clock()
    published = connect(fake, clock=clock).publish(OutgoingPost(text="Snow day", idempotency_key="s"))
    assert published.remote_id in fake.tweets
    assert len(clock.slept) == 1 and 0 < clock.slept[0] <= 2


def test_5xx_is_retried_with_exponential_backoff_and_full_jitter(fake: FakeX) -> None:
    fake.fail_next(2, 503, body={"title": "Service Unavailable", "status": 503}, method="POST", path="/2/tweets")
    clock = Clock()
    school = connect(fake, clock=clock, jitter=lambda: 0.37)
    published = school.publish(OutgoingPost(text="Trip tomorrow", idempotency_key="t"))

    assert published.remote_id in fake.tweets
    assert clock.slept == pytest.approx([0.37, 0.74])  # a random point below 1 s, then below 2 s


def test_real_jitter_varies_and_stays_within_its_bounds(fake: FakeX) -> None:
    clock = Clock()
    for _ in range(8):
        fake.fail_next(1, 502, body={}, method="GET", path="/2/users/me")
        assert connect(fake, clock=clock).health() is Health.OK
    waits = clock.slept
    assert len(waits) == 8 and all(0 <= w <= 1.0 for w in waits)
    assert len(set(waits)) > 1


def test_5xx_that_persists_is_retryable_in_plain_words(fake: FakeX) -> None:
    fake.fail_next(5, 500, body={"title": "Internal Server Error"}, method="POST", path="/2/tweets")
    with pytest.raises(ConnectorError) as failed:
        connect(fake).publish(OutgoingPost(text="Trip", idempotency_key="t"))
    assert failed.value.retryable and failed.value.status == 500
    assert failed.value.message == "X had a problem on its side (500) while publishing the post; it will be tried again later"
    # A 500 may have posted: not repeated at once (the sweep retries later, and X refuses a duplicate).
    assert len(fake.requests_to("POST", r"/2/tweets")) == 1
    fake.fail_next(5, 500, body={}, method="GET", path="/2/users/me")
    assert connect(fake).health() is Health.UNREACHABLE
    assert len(fake.requests_to("GET", "/2/users/me")) == 3  # a read is retried: 3 attempts


def test_an_expired_token_is_bad_credentials_and_never_shown(fake: FakeX) -> None:
    fake.expired.add(TOKEN)
    school = connect(fake)

    assert school.health() is Health.BAD_CREDENTIALS
    with pytest.raises(ConnectorError) as refused:
        school.publish(OutgoingPost(text="Hello", idempotency_key="h"))
    error = refused.value
    assert error.bad_credentials and not error.retryable and error.status == 401
    assert error.message == ("X no longer accepts the sign-in saved for @AlphaPrimary: Unauthorized. Reconnect the "
                             "account in its settings")
    for text in (error.message, str(error), repr(error), error.detail, repr(school.credentials)):
        assert TOKEN not in text
    assert error.__cause__ is None


def test_health(fake: FakeX) -> None:
    assert connect(fake).health() is Health.OK
    fake.fail_next(1, 429, body=TOO_MANY, method="GET", path="/2/users/me",
                   headers={"x-rate-limit-remaining": "0", "x-rate-limit-reset": str(int(time.time()) + 900)})
    assert connect(fake).health() is Health.RATE_LIMITED
    fake.stop()
    assert connect(fake, retry=RetryPolicy(attempts=1)).health() is Health.UNREACHABLE


def test_a_refusal_names_what_x_said(fake: FakeX) -> None:
    school = connect(fake)
    post = school.publish(OutgoingPost(text="Ours", idempotency_key="o"))
    stranger = fake.add_user("stranger")
    theirs = fake.add_tweet(stranger, "theirs")
    with pytest.raises(ConnectorError) as refused:
        school.delete(theirs.id)
    assert refused.value.message.startswith("X does not let @AlphaPrimary do this (deleting the post): You are not "
                                            "authorized to delete this Tweet.")
    assert refused.value.detail == "403 not-authorized-for-resource You are not authorized to delete this Tweet."
    assert post.remote_id in fake.tweets


class TestXContract(ConnectorContract):
    """The contract every connector passes, against the fake X."""

    @pytest.fixture
    def world(self, fake: FakeX) -> ContractWorld:
        fake.enterprise = True  # blocking needs X's Enterprise plan; without it, see the test above
        parent = fake.add_user("contract_parent", "A Parent")

        def read_post(remote_id: str) -> SeenPost | None:
            tweet = fake.tweets.get(remote_id)
            if tweet is None:
                return None
            return SeenPost(text=tweet.text, alt_texts=tuple(str(fake.media[m]["alt_text"]) for m in tweet.media_ids))

        def comment(remote_id: str, text: str) -> str:
            return fake.add_tweet(parent, text, reply_to=remote_id).id

        return ContractWorld(
            connector=connect(fake), read_post=read_post, comment=comment,
            post_count=lambda: sum(t.author_id == SCHOOL_ID for t in fake.tweets.values()),
            bad_credentials=lambda: connect(fake, token="revoked-token-123"),
            is_hidden=lambda remote_id: fake.tweets[remote_id].hidden,
            is_blocked=lambda c: (SCHOOL_ID, c.author_remote_id) in fake.blocks,
            idempotent_publish=True,  # X refuses the same words twice; publish returns the first post
        )
