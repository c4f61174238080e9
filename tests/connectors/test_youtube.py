"""The YouTube connector against the documented Data API v3, served by a local fake (youtube_fake.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from safepost.connectors import ConnectorError, Credentials, Health, NotSupported, OutgoingPost, connector_for
from safepost.connectors.youtube import YouTubeConnector, seconds_until_quota_resets
from tests.connectors.contract import ConnectorContract, ContractWorld, SeenPost
from tests.connectors.fakeserver import serve
from tests.connectors.youtube_fake import CHANNEL, RATE, VIDEO, FakeYouTube

TOKEN = "ya29.youtube-school"


@pytest.fixture
def fake() -> Iterator[FakeYouTube]:
    with serve(FakeYouTube(TOKEN)) as server:
        yield server


def connect(fake: FakeYouTube, token: str = TOKEN, slept: list[float] | None = None, **options: Any) -> YouTubeConnector:
    waits = slept if slept is not None else []
    return YouTubeConnector(Credentials(handle="@AlphaPrimary", secret=token, base_url=fake.url),
                            http_options={"sleep": waits.append, **options})


def test_it_is_the_registered_youtube_connector(fake: FakeYouTube) -> None:
    assert isinstance(connector_for("youtube", Credentials(handle="@a", secret="t", base_url=fake.url)),
                      YouTubeConnector)


def test_it_does_not_publish_videos_and_says_so(fake: FakeYouTube) -> None:
    school = connect(fake)
    capabilities = school.capabilities
    assert not capabilities.publish and not capabilities.delete and not capabilities.lookup
    assert capabilities.fetch_comments and capabilities.reply and capabilities.hide and capabilities.delete_comment
    with pytest.raises(NotSupported, match="YouTube Studio"):
        school.publish(OutgoingPost(text="A video", idempotency_key="k"))
    with pytest.raises(NotSupported):
        school.delete(VIDEO)
    assert school.find_published("k") is None
    assert fake.requests == []


def test_it_fetches_comments_and_every_reply_newer_than_since(fake: FakeYouTube) -> None:
    parent = fake.add_channel("parent")
    old = fake.add_comment(parent, "Old comment", published_at=datetime.now(UTC) - timedelta(days=3))
    since = datetime.now(UTC) - timedelta(days=1)
    top = fake.add_comment(parent, "Lovely concert!")
    replies = [fake.add_comment(parent, f"reply {n}", parent_id=top.id) for n in range(4)]  # 2 shown in the thread
    held = fake.add_comment(parent, "A comment YouTube held", status="heldForReview")
    fake.add_comment(CHANNEL, "Thanks from the school", parent_id=top.id)  # the channel's own: not a comment

    comments = connect(fake).fetch_comments(since, [VIDEO])

    assert [c.remote_id for c in comments] == [top.id, *(r.id for r in replies), held.id]
    first = comments[0]
    assert (first.text, first.author_handle, first.author_remote_id) == ("Lovely concert!", "@parent", parent)
    assert first.post_remote_id == VIDEO and first.parent_remote_id is None
    assert first.url == f"https://www.youtube.com/watch?v={VIDEO}&lc={top.id}"
    assert all(c.parent_remote_id == top.id for c in comments[1:5])
    assert old.id not in {c.remote_id for c in comments}
    threads = fake.requests_to("GET", r"/youtube/v3/commentThreads")
    assert [r.query["moderationStatus"][0] for r in threads] == ["published", "heldForReview"]
    assert all(r.query["videoId"][0] == VIDEO and r.query["order"][0] == "time" and r.query["textFormat"][0] == "plainText"
               for r in threads)
    assert fake.requests_to("GET", r"/youtube/v3/comments")[0].query["parentId"][0] == top.id  # the replies not in the thread


def test_it_pages_until_nothing_is_newer(fake: FakeYouTube) -> None:
    parent = fake.add_channel("parent")
    start = datetime.now(UTC) - timedelta(hours=5)
    for n in range(250):
        fake.add_comment(parent, f"comment {n}", published_at=start + timedelta(seconds=n))
    since = start + timedelta(seconds=199)

    comments = connect(fake).fetch_comments(since, [VIDEO])

    assert [c.text for c in comments] == [f"comment {n}" for n in range(200, 250)]
    published_pages = [r for r in fake.requests_to("GET", r"/youtube/v3/commentThreads") if r.query["moderationStatus"][0] == "published"]
    assert len(published_pages) == 1  # the newest 100 reach back past "since": no second page
    everything = connect(fake).fetch_comments(None, [VIDEO])
    assert len(everything) == 250


def test_channel_wide_comments_use_all_threads_related_to_the_channel(fake: FakeYouTube) -> None:
    parent = fake.add_channel("parent")
    fake.videos["otherVideo1"] = CHANNEL
    one = fake.add_comment(parent, "on the first video")
    two = fake.add_comment(parent, "on another video", video_id="otherVideo1")

    comments = connect(fake).fetch_channel_comments(None)

    assert {c.remote_id: c.post_remote_id for c in comments} == {one.id: VIDEO, two.id: "otherVideo1"}
    assert fake.requests_to("GET", r"/youtube/v3/commentThreads")[0].query["allThreadsRelatedToChannelId"][0] == CHANNEL


def test_it_replies_once_under_the_top_level_comment(fake: FakeYouTube) -> None:
    parent = fake.add_channel("parent")
    top = fake.add_comment(parent, "What time does it start?")
    under = fake.add_comment(parent, "I wondered too", parent_id=top.id)
    school = connect(fake)
    [_, question_below] = school.fetch_comments(None, [VIDEO])
    assert question_below.remote_id == under.id

    answer = school.reply(question_below, "It starts at 2pm.", idempotency_key="reply-1")
    again = school.reply(question_below, "It starts at 2pm.", idempotency_key="reply-1")  # a retry

    assert again.remote_id == answer.remote_id
    mine = [c for c in fake.comments.values() if c.author == CHANNEL]
    assert [(c.parent_id, c.text) for c in mine] == [(top.id, "It starts at 2pm.")]  # one level deep, once
    [insert] = fake.requests_to("POST", r"/youtube/v3/comments")
    assert insert.query["part"][0] == "snippet"
    assert insert.json() == {"snippet": {"parentId": top.id, "textOriginal": "It starts at 2pm."}}
    assert answer.url == f"https://www.youtube.com/watch?v={VIDEO}&lc={answer.remote_id}"


def test_it_holds_shows_rejects_and_bans(fake: FakeYouTube) -> None:
    parent = fake.add_channel("parent")
    troll = fake.add_channel("troll")
    rude = fake.add_comment(parent, "rude")
    nasty = fake.add_comment(troll, "nasty")
    school = connect(fake)
    by_id = {c.remote_id: c for c in school.fetch_comments(None, [VIDEO])}

    school.hide(by_id[rude.id])
    assert fake.comments[rude.id].status == "heldForReview"
    school.unhide(by_id[rude.id])
    assert fake.comments[rude.id].status == "published"
    school.delete_comment(by_id[rude.id])
    assert fake.comments[rude.id].status == "rejected"
    school.delete_comment(by_id[rude.id])  # gone already is fine
    school.block(by_id[nasty.id])
    assert fake.comments[nasty.id].status == "rejected" and fake.banned == {troll}
    calls = [(r.query["moderationStatus"][0], (r.query.get("banAuthor") or [None])[0]) for r in
             fake.requests_to("POST", r"/youtube/v3/comments/setModerationStatus")]
    assert calls == [("heldForReview", None), ("published", None), ("rejected", None), ("rejected", None),
                     ("rejected", "true")]
    assert fake.requests_to("DELETE", r"/youtube/v3/comments") == []


def test_it_deletes_its_own_reply_with_comments_delete(fake: FakeYouTube) -> None:
    parent = fake.add_channel("parent")
    top = fake.add_comment(parent, "question")
    school = connect(fake)
    [question] = school.fetch_comments(None, [VIDEO])
    answer = school.reply(question, "answer", "r")
    mine = question.__class__(**{**question.__dict__, "remote_id": answer.remote_id, "author_remote_id": CHANNEL,
                                 "parent_remote_id": top.id})

    school.delete_comment(mine)

    assert answer.remote_id not in fake.comments
    [delete] = fake.requests_to("DELETE", r"/youtube/v3/comments")
    assert delete.query == {"id": [answer.remote_id]}
    with pytest.raises(NotSupported, match="own comment"):
        school.hide(mine)


def test_quota_exceeded_is_said_in_plain_words_and_waits_for_midnight_pacific(fake: FakeYouTube) -> None:
    parent = fake.add_channel("parent")
    comment = fake.add_comment(parent, "hello")
    school = connect(fake)
    [remote] = school.fetch_comments(None, [VIDEO])
    fake.budget = fake.used + 10  # not enough for a 50-unit moderation

    with pytest.raises(ConnectorError) as limited:
        school.hide(remote)

    error = limited.value
    assert error.retryable and error.status == 403
    assert error.message == ("safepost has used up today's YouTube allowance (the Google project's daily quota); it "
                             "resets at midnight Pacific time, 8am in the UK, and will be tried again then")
    assert error.detail == ("403 quotaExceeded The request cannot be completed because you have exceeded your "
                            "quota.")
    assert error.retry_after is not None and abs(error.retry_after - seconds_until_quota_resets()) < 5
    assert fake.comments[comment.id].status == "published"
    assert len(fake.requests_to("POST", r"/youtube/v3/comments/setModerationStatus")) == 1  # hours away: not retried now
    assert school.health() is Health.OK  # reading costs 1 unit, still within the budget
    fake.budget = fake.used
    assert school.health() is Health.RATE_LIMITED


def test_quota_resets_at_midnight_pacific() -> None:
    # 07:30 UTC on a winter day is 23:30 in Los Angeles: half an hour to go.
    assert seconds_until_quota_resets(datetime(2026, 12, 7, 7, 30, tzinfo=UTC)) == 1800
    # In summer (PDT, UTC-7) midnight is 07:00 UTC.
    assert seconds_until_quota_resets(datetime(2026, 7, 1, 6, 0, tzinfo=UTC)) == 3600


def test_rate_limit_exceeded_is_retried_with_backoff(fake: FakeYouTube) -> None:
    fake.fail_next(2, 403, body=RATE, method="GET", path="/youtube/v3/channels")
    slept: list[float] = []
    assert connect(fake, slept=slept).health() is Health.OK
    assert len(slept) == 2 and 0 <= slept[0] <= 1.0 and 0 <= slept[1] <= 2.0  # full jitter below 1 s, then 2 s
    fake.fail_next(3, 403, body=RATE, method="GET", path="/youtube/v3/channels")
    assert connect(fake).health() is Health.RATE_LIMITED  # still too fast after 3 attempts


def test_5xx_backs_off_then_gives_up_retryably(fake: FakeYouTube) -> None:
    backend = {"error": {"code": 503, "message": "The service is currently unavailable.",
                         "errors": [{"message": "The service is currently unavailable.", "domain": "global",
                                     "reason": "backendError"}], "status": "UNAVAILABLE"}}
    fake.fail_next(3, 503, body=backend, method="GET", path="/youtube/v3/commentThreads")
    slept: list[float] = []
    with pytest.raises(ConnectorError) as failed:
        connect(fake, slept=slept).fetch_comments(None, [VIDEO])
    assert failed.value.retryable and failed.value.status == 503
    assert failed.value.detail == "503 backendError The service is currently unavailable."
    assert failed.value.message == ("YouTube had a problem on its side (503) while reading comments; it will be "
                                    "tried again later")
    assert len(slept) == 2 and len(fake.requests_to("GET", "/youtube/v3/commentThreads")) == 3


def test_an_expired_token_is_bad_credentials(fake: FakeYouTube) -> None:
    fake.expired.add(TOKEN)
    school = connect(fake)
    assert school.health() is Health.BAD_CREDENTIALS
    with pytest.raises(ConnectorError) as refused:
        school.fetch_comments(None, [VIDEO])
    error = refused.value
    assert error.bad_credentials and error.status == 401 and not error.retryable
    assert error.message == ("YouTube no longer accepts the sign-in saved for @AlphaPrimary: Request had invalid "
                             "authentication credentials. Expected OAuth 2 access token, login cookie or other valid "
                             "authentication credential.. Reconnect the account in its settings")
    assert error.detail.startswith("401 authError ")
    assert TOKEN not in error.message + error.detail + repr(error)


def test_a_google_account_without_a_channel_is_bad_credentials(fake: FakeYouTube) -> None:
    fake.add_channel("someone")  # a Google account with a token but no channel of the school
    school = connect(fake, token="token-someone")
    assert school.health() is Health.BAD_CREDENTIALS


def test_bad_ids_are_refused_before_calling(fake: FakeYouTube) -> None:
    with pytest.raises(ConnectorError, match="not the id of a YouTube video"):
        connect(fake).fetch_comments(None, ["../etc"])


class TestYouTubeContract(ConnectorContract):
    """The contract, against the fake YouTube: the publishing tests skip (videos are uploaded in
    YouTube Studio); comments are read, answered and moderated."""

    @pytest.fixture
    def world(self, fake: FakeYouTube) -> ContractWorld:
        parent = fake.add_channel("contract_parent")
        videos = iter(f"video{n:07d}" for n in range(1000))

        def make_post(text: str) -> str:
            video = next(videos)
            fake.videos[video] = CHANNEL  # uploaded in YouTube Studio
            return video

        def comment(remote_id: str, text: str) -> str:
            if remote_id in fake.videos:
                return fake.add_comment(parent, text, video_id=remote_id).id
            parent_comment = fake.comments[remote_id]
            top = parent_comment.parent_id or parent_comment.id
            return fake.add_comment(parent, text, video_id=parent_comment.video_id, parent_id=top).id

        def read_post(remote_id: str) -> SeenPost | None:
            found = fake.comments.get(remote_id)
            return SeenPost(text=found.text) if found else None

        return ContractWorld(
            connector=connect(fake), read_post=read_post, comment=comment, post_count=lambda: len(fake.videos),
            bad_credentials=lambda: connect(fake, token="ya29.revoked"), make_post=make_post,
            is_hidden=lambda remote_id: fake.comments[remote_id].status == "heldForReview",
            comment_exists=lambda remote_id: fake.comments[remote_id].status != "rejected",
            is_blocked=lambda c: c.author_remote_id in fake.banned,
            tick=1.0,  # publishedAt counts whole seconds
        )


def test_a_video_recorded_by_its_address_is_read_by_its_id(fake: FakeYouTube) -> None:
    parent = fake.add_channel("parent")
    comment = fake.add_comment(parent, "Great video")
    for address in (f"https://www.youtube.com/watch?v={VIDEO}", f"https://youtu.be/{VIDEO}",
                    f"https://www.youtube.com/shorts/{VIDEO}", f"https://m.youtube.com/watch?feature=share&v={VIDEO}"):
        [found] = connect(fake).fetch_comments(None, [address])
        assert (found.remote_id, found.post_remote_id) == (comment.id, address)  # the post as the inbox knows it
        assert fake.requests_to("GET", "/youtube/v3/commentThreads")[-1].query["videoId"] == [VIDEO]
