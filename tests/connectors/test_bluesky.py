"""The Bluesky connector against a real local PDS (tools/pds): nothing here is mocked."""

from __future__ import annotations

import io
import itertools
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from atproto import Client, models
from atproto_client.exceptions import BadRequestError
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
from safepost.connectors.bluesky import POST, THREADGATE, BlueskyConnector
from tests.connectors.contract import ConnectorContract, ContractWorld, SeenPost

pytestmark = pytest.mark.pds


def png(width: int = 40, height: int = 30) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (30, 120, 200)).save(out, format="PNG")
    return out.getvalue()


def bluesky(credentials: Credentials) -> BlueskyConnector:
    connector = connector_for("bluesky", credentials, timeout=20.0)
    assert isinstance(connector, BlueskyConnector)
    return connector


def reader(pds_url: str) -> Client:
    return Client(base_url=f"{pds_url}/xrpc")  # reads need no sign-in


def record(pds_url: str, uri: str) -> dict[str, Any]:
    did, collection, rkey = uri.removeprefix("at://").split("/")
    answer = reader(pds_url).invoke_query("com.atproto.repo.getRecord", params=models.ComAtprotoRepoGetRecord.Params(
        repo=did, collection=collection, rkey=rkey))
    content: dict[str, Any] = answer.content
    return content


def post_count(pds_url: str, uri: str) -> int:
    did = uri.removeprefix("at://").split("/")[0]
    answer = reader(pds_url).invoke_query("com.atproto.repo.listRecords", params=models.ComAtprotoRepoListRecords.Params(
        repo=did, collection=POST, limit=100))
    return len(answer.content["records"])


def test_it_publishes_text_and_a_photo_with_its_alt_text(pds_url: str, pds_account: Credentials) -> None:
    photo = png(40, 30)
    published = bluesky(pds_account).publish(OutgoingPost(
        text="Sports day was brilliant! Photos: https://example.org/sports", idempotency_key="rev-1/acc-1",
        photos=[Photo(data=photo, mime_type="image/png", alt_text="Runners crossing the finish line")]))

    stored = record(pds_url, published.remote_id)
    value = stored["value"]
    assert value["text"] == "Sports day was brilliant! Photos: https://example.org/sports"
    image = value["embed"]["images"][0]
    assert image["alt"] == "Runners crossing the finish line"
    assert (image["aspectRatio"]["width"], image["aspectRatio"]["height"]) == (40, 30)
    assert image["image"]["mimeType"] == "image/png"
    assert image["image"]["size"] == len(photo)
    link = value["facets"][0]
    assert link["features"][0]["uri"] == "https://example.org/sports"
    assert value["text"].encode()[link["index"]["byteStart"]:link["index"]["byteEnd"]] == b"https://example.org/sports"
    did = published.remote_id.split("/")[2]
    blob = reader(pds_url).invoke_query("com.atproto.sync.getBlob", params=models.ComAtprotoSyncGetBlob.Params(
        did=did, cid=image["image"]["ref"]["$link"]))
    assert blob.content == photo
    assert published.url.endswith("/post/" + published.remote_id.rsplit("/", 1)[1])
    assert published.published_at is not None


def test_it_publishes_once_per_idempotency_key(pds_url: str, pds_account: Credentials) -> None:
    post = OutgoingPost(text="Term dates for next year are on the website.", idempotency_key="rev-7/acc-2")
    first = bluesky(pds_account).publish(post)
    again = bluesky(pds_account).publish(post)  # a retry after a crash: a new connector, the same key

    assert again.remote_id == first.remote_id
    assert post_count(pds_url, first.remote_id) == 1
    other = bluesky(pds_account).publish(OutgoingPost(text="Another post.", idempotency_key="rev-8/acc-2"))
    assert other.remote_id != first.remote_id
    assert post_count(pds_url, first.remote_id) == 2


def test_it_publishes_once_when_two_publishes_with_one_key_race(pds_url: str, pds_account: Credentials) -> None:
    post = OutgoingPost(text="Snow day: school is closed.", idempotency_key="rev-race/acc-1")
    start = threading.Barrier(4)
    results: list[str] = []
    errors: list[BaseException] = []

    def publish() -> None:
        connector = bluesky(pds_account)
        connector.find_published("warm-up")  # sign in first, so the four publishes overlap
        start.wait()
        try:
            results.append(connector.publish(post).remote_id)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=publish) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(results) == 4 and len(set(results)) == 1
    assert post_count(pds_url, results[0]) == 1


def test_it_finds_a_post_by_its_key_only_after_publishing(pds_account: Credentials) -> None:
    connector = bluesky(pds_account)
    assert connector.find_published("rev-3/acc-1") is None

    published = connector.publish(OutgoingPost(text="Choir concert tonight at 6.", idempotency_key="rev-3/acc-1"))

    found = connector.find_published("rev-3/acc-1")
    assert found is not None
    assert found.remote_id == published.remote_id
    assert connector.find_published("rev-4/acc-1") is None


def test_it_deletes_a_post_and_deleting_it_again_is_fine(pds_url: str, pds_account: Credentials) -> None:
    connector = bluesky(pds_account)
    published = connector.publish(OutgoingPost(text="Posted by mistake.", idempotency_key="rev-9/acc-1"))

    connector.delete(published.remote_id)
    connector.delete(published.remote_id)

    assert connector.find_published("rev-9/acc-1") is None
    assert post_count(pds_url, published.remote_id) == 0


def test_it_refuses_text_over_300_graphemes_without_posting(pds_url: str, pds_account: Credentials) -> None:
    connector = bluesky(pds_account)
    with pytest.raises(ConnectorError) as refused:
        connector.publish(OutgoingPost(text="é" * 301, idempotency_key="rev-long"))

    assert not refused.value.retryable
    assert "301 characters" in refused.value.message and "300" in refused.value.message
    assert connector.find_published("rev-long") is None
    # 300 accented letters (600 bytes) are within the limit.
    assert connector.publish(OutgoingPost(text="é" * 300, idempotency_key="rev-300")).remote_id


def test_it_fetches_replies_since_a_time_with_their_parent(
        pds_account: Credentials, make_pds_account: Callable[[], Credentials]) -> None:
    school = bluesky(pds_account)
    post = school.publish(OutgoingPost(text="Well done to Year 4!", idempotency_key="rev-20/acc-1"))
    elsewhere = school.publish(OutgoingPost(text="Unrelated post.", idempotency_key="rev-21/acc-1"))
    parent = bluesky(make_pds_account())
    before = datetime.now(UTC)

    first = parent.publish(OutgoingPost(text="Brilliant, thank you", idempotency_key="p-1", reply_to=post.remote_id))
    parent.publish(OutgoingPost(text="Not this one", idempotency_key="p-2", reply_to=elsewhere.remote_id))
    between = datetime.now(UTC)
    nested = parent.publish(OutgoingPost(text="And the teachers!", idempotency_key="p-3", reply_to=first.remote_id))

    comments = school.fetch_comments(before, [post.remote_id])
    assert [comment.remote_id for comment in comments] == [first.remote_id, nested.remote_id]
    top, answer = comments
    assert top.text == "Brilliant, thank you"
    assert top.author_handle == parent.credentials.handle
    assert top.post_remote_id == post.remote_id and top.parent_remote_id is None
    assert answer.post_remote_id == post.remote_id and answer.parent_remote_id == first.remote_id
    assert top.created_at >= before

    later = school.fetch_comments(between, [post.remote_id])
    assert [comment.remote_id for comment in later] == [nested.remote_id]
    assert school.fetch_comments(None, []) == []


def test_it_replies_from_the_official_account_with_root_and_parent_refs(
        pds_url: str, pds_account: Credentials, make_pds_account: Callable[[], Credentials]) -> None:
    school = bluesky(pds_account)
    post = school.publish(OutgoingPost(text="Harvest festival on Friday.", idempotency_key="rev-30/acc-1"))
    parent = bluesky(make_pds_account())
    parent.publish(OutgoingPost(text="What time does it start?", idempotency_key="p-30", reply_to=post.remote_id))
    [question] = school.fetch_comments(None, [post.remote_id])

    text = f"It starts at 2pm, @{parent.credentials.handle}."
    answer = school.reply(question, text, idempotency_key="reply-30")
    again = school.reply(question, text, idempotency_key="reply-30")

    assert again.remote_id == answer.remote_id
    value = record(pds_url, answer.remote_id)["value"]
    assert value["text"] == text
    [mention] = value["facets"]
    assert mention["features"][0]["did"] == question.remote_id.split("/")[2]
    assert text.encode()[mention["index"]["byteStart"]:mention["index"]["byteEnd"]] == f"@{parent.credentials.handle}".encode()
    root, parent_ref = value["reply"]["root"], value["reply"]["parent"]
    assert (root["uri"], root["cid"]) == (post.remote_id, record(pds_url, post.remote_id)["cid"])
    assert (parent_ref["uri"], parent_ref["cid"]) == (question.remote_id, record(pds_url, question.remote_id)["cid"])
    # The school's own reply is not a comment to moderate.
    assert [comment.remote_id for comment in school.fetch_comments(None, [post.remote_id])] == [question.remote_id]


def test_it_hides_a_reply_with_the_posts_threadgate(
        pds_url: str, pds_account: Credentials, make_pds_account: Callable[[], Credentials]) -> None:
    school = bluesky(pds_account)
    post = school.publish(OutgoingPost(text="Open evening next week.", idempotency_key="rev-40/acc-1"))
    parent = bluesky(make_pds_account())
    parent.publish(OutgoingPost(text="Rude reply", idempotency_key="p-40", reply_to=post.remote_id))
    parent.publish(OutgoingPost(text="Another rude reply", idempotency_key="p-41", reply_to=post.remote_id))
    rude, ruder = school.fetch_comments(None, [post.remote_id])

    school.hide(rude)
    school.hide(rude)
    school.hide(ruder)

    gate = record(pds_url, post.remote_id.replace(POST, THREADGATE))["value"]
    assert gate["post"] == post.remote_id
    assert gate["hiddenReplies"] == [rude.remote_id, ruder.remote_id]
    assert "allow" not in gate  # everyone can still reply
    with pytest.raises(NotSupported):
        school.delete_comment(rude)
    with pytest.raises(NotSupported):
        parent.hide(rude)  # not the parent's post
    answer = school.reply(rude, "Please keep it kind.", idempotency_key="reply-40")
    parent.publish(OutgoingPost(text="Under the school's reply", idempotency_key="p-42", reply_to=answer.remote_id))
    [under_answer] = [c for c in school.fetch_comments(None, [answer.remote_id]) if c.post_remote_id == answer.remote_id]
    with pytest.raises(NotSupported, match="starts a thread"):
        school.hide(under_answer)  # the school's reply is not the root of the thread


def test_it_says_in_plain_words_that_the_password_was_refused(pds_account: Credentials) -> None:
    wrong = Credentials(handle=pds_account.handle, secret="not-the-Password-42", base_url=pds_account.base_url)
    connector = bluesky(wrong)

    with pytest.raises(ConnectorError) as refused:
        connector.find_published("any")

    error = refused.value
    assert not error.retryable
    assert error.status == 401
    assert error.message.startswith(f"Bluesky refused the password for @{pds_account.handle}")
    for text in (error.message, str(error), repr(error), error.detail, repr(wrong)):
        assert "not-the-Password-42" not in text
    assert error.__cause__ is None and error.__suppress_context__  # no chained client error in a traceback
    assert connector.health() is Health.BAD_CREDENTIALS


def test_it_reports_a_healthy_account(pds_account: Credentials) -> None:
    assert bluesky(pds_account).health() is Health.OK


# -- the contract every connector passes, here against the real PDS -------------------------------

class TestBlueskyContract(ConnectorContract):
    @pytest.fixture
    def world(self, pds_url: str, pds_account: Credentials,
              make_pds_account: Callable[[], Credentials]) -> ContractWorld:
        school = bluesky(pds_account)
        parent = bluesky(make_pds_account())
        numbers = itertools.count()

        def read_post(uri: str) -> SeenPost | None:
            try:
                value = record(pds_url, uri)["value"]
            except BadRequestError as error:  # RecordNotFound: deleted
                assert "RecordNotFound" in str(error.response and error.response.content)
                return None
            images = (value.get("embed") or {}).get("images") or []
            return SeenPost(text=value["text"], alt_texts=tuple(image["alt"] for image in images))

        def comment(uri: str, text: str) -> str:
            key = f"parent-comment-{next(numbers)}"
            return parent.publish(OutgoingPost(text=text, idempotency_key=key, reply_to=uri)).remote_id

        def is_hidden(uri: str) -> bool:
            root = record(pds_url, uri)["value"]["reply"]["root"]["uri"]
            try:
                gate = record(pds_url, root.replace(POST, THREADGATE))["value"]
            except BadRequestError:
                return False  # no threadgate yet
            return uri in gate.get("hiddenReplies", [])

        return ContractWorld(
            connector=school, read_post=read_post, comment=comment,
            post_count=lambda: post_count(pds_url, f"at://{school._session_did()}/{POST}/x"),
            bad_credentials=lambda: bluesky(Credentials(handle=pds_account.handle, secret="wrong-Password-99",
                                                        base_url=pds_account.base_url)),
            is_hidden=is_hidden)
