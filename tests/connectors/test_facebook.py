"""The Facebook Pages connector against the local Graph API fake (tests/connectors/graphfake.py)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

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
from safepost.connectors.facebook import (
    FacebookConnector,
    comments_from_webhook,
    login_dialog_url,
    page_grants,
)
from safepost.connectors.graph import challenge_answer, sign_body, signature_is_valid
from tests.connectors.graphfake import (
    APP_ID,
    APP_SECRET,
    PAGE_ID,
    PAGE_NAME,
    PAGE_TOKEN,
    GraphFake,
    error_body,
    hours_ago,
    usage,
)


def jpeg(colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 24), colour).save(out, format="JPEG")
    return out.getvalue()


@pytest.fixture
def fake() -> Iterator[GraphFake]:
    with GraphFake() as server:
        yield server


def facebook(fake: GraphFake, *, token: str = PAGE_TOKEN, app: bool = False) -> FacebookConnector:
    extra = {"page_name": PAGE_NAME} | ({"app_id": APP_ID, "app_secret": APP_SECRET} if app else {})
    connector = connector_for("facebook", Credentials(PAGE_ID, token, base_url=fake.graph_url, extra=extra), timeout=5.0)
    assert isinstance(connector, FacebookConnector)
    connector.graph.sleep = lambda seconds: None  # backoff waits are asserted separately
    return connector


# -- publishing -------------------------------------------------------------------------------------


def test_it_publishes_text_to_the_page_feed(fake: GraphFake) -> None:
    published = facebook(fake).publish(OutgoingPost(text="Harvest festival on Friday at 2pm.", idempotency_key="k1"))

    [call] = fake.calls("POST", f"{PAGE_ID}/feed")
    assert call.form == {"message": "Harvest festival on Friday at 2pm."}
    assert call.headers["Authorization"] == f"Bearer {PAGE_TOKEN}" and "access_token" not in call.query
    [post] = fake.posts()
    assert published.remote_id == post.fields["id"]
    assert published.url == post.fields["permalink_url"]
    assert published.published_at is not None and abs(published.published_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_it_publishes_one_photo_with_its_alt_text_as_a_photo_post(fake: GraphFake) -> None:
    photo = jpeg()
    published = facebook(fake).publish(OutgoingPost(text="Sports day!", idempotency_key="k2", photos=[
        Photo(photo, "image/jpeg", "Children running the egg and spoon race")]))

    [call] = fake.calls("POST", f"{PAGE_ID}/photos")
    assert call.headers["Content-Type"].startswith("multipart/form-data")
    assert call.form == {"alt_text_custom": "Children running the egg and spoon race", "published": "true",
                         "message": "Sports day!"}
    assert call.files["source"][1] == photo and call.files["source"][2] == "image/jpeg"
    [post] = fake.posts()
    assert published.remote_id == post.fields["id"]  # the post_id of the answer, not the photo's id
    assert fake.calls("POST", f"{PAGE_ID}/feed") == []


def test_it_publishes_several_photos_as_unpublished_uploads_attached_to_one_feed_post(fake: GraphFake) -> None:
    photos = [Photo(jpeg((i * 40, 90, 90)), "image/jpeg", f"Photo number {i}") for i in range(1, 4)]
    published = facebook(fake).publish(OutgoingPost(text="Our trip to the farm", idempotency_key="k3", photos=photos))

    uploads = fake.calls("POST", f"{PAGE_ID}/photos")
    assert [u.form for u in uploads] == [{"alt_text_custom": f"Photo number {i}", "published": "false"}
                                         for i in range(1, 4)]
    [feed] = fake.calls("POST", f"{PAGE_ID}/feed")
    media = [json.loads(feed.form[f"attached_media[{i}]"])["media_fbid"] for i in range(3)]
    [post] = fake.posts()
    assert post.fields["photos"] == media and feed.form["message"] == "Our trip to the farm"
    assert [fake.nodes[m].fields["alt_text_custom"] for m in media] == [f"Photo number {i}" for i in range(1, 4)]
    assert published.remote_id == post.fields["id"]


@pytest.mark.parametrize(("post", "words"), [
    (OutgoingPost(text="", idempotency_key="e"), "no text and no photo"),
    (OutgoingPost(text="x" * 63_207, idempotency_key="e"), "63,207 characters long; Facebook allows 63,206"),
    (OutgoingPost(text="hi", idempotency_key="e", photos=[Photo(b"%PDF", "application/pdf", "a")]), "photo 1"),
    (OutgoingPost(text="hi", idempotency_key="e", photos=[Photo(b"x", "image/jpeg", " ")]), "no alt text"),
    (OutgoingPost(text="hi", idempotency_key="e", photos=[Photo(b"x" * 4_000_001, "image/jpeg", "a")]), "4 MB"),
    (OutgoingPost(text="hi", idempotency_key="e", photos=[Photo(b"x", "image/jpeg", "a")] * 11), "at most 10"),
])
def test_it_refuses_what_facebook_would_refuse_without_calling_it(fake: GraphFake, post: OutgoingPost,
                                                                   words: str) -> None:
    with pytest.raises(ConnectorError) as refused:
        facebook(fake).publish(post)

    assert not refused.value.retryable and words in refused.value.message
    assert fake.requests == []


def test_it_deletes_a_post_and_deleting_it_again_is_fine(fake: GraphFake) -> None:
    connector = facebook(fake)
    published = connector.publish(OutgoingPost(text="Posted by mistake", idempotency_key="k4"))

    connector.delete(published.remote_id)
    connector.delete(published.remote_id)  # the Graph API's "does not exist" (100/33) is not an error

    assert fake.nodes[published.remote_id].fields["deleted"]
    assert len(fake.calls("DELETE", published.remote_id)) == 2


def test_it_cannot_look_posts_up_by_key_and_says_so(fake: GraphFake) -> None:
    connector = facebook(fake)
    assert connector.capabilities.lookup is False
    assert connector.find_published("k1") is None


# -- failures, rate limits and retries --------------------------------------------------------------


def test_a_publish_whose_outcome_is_unknown_is_never_repeated(fake: GraphFake) -> None:
    fake.fail("POST", f"{PAGE_ID}/feed", 500, error_body(2, "An unexpected error has occurred.", kind="OAuthException"),
              after=True)  # Facebook made the post, then the answer was lost

    with pytest.raises(ConnectorError) as failed:
        facebook(fake).publish(OutgoingPost(text="Snow day", idempotency_key="k5"))

    assert len(fake.calls("POST", f"{PAGE_ID}/feed")) == 1
    assert not failed.value.retryable  # the caller must not publish again blindly
    assert "may or may not have happened" in failed.value.message and "Check the Page" in failed.value.message
    assert len(fake.posts()) == 1


@pytest.mark.parametrize("code", [4, 17, 32, 613, 80001])
def test_a_refusal_for_rate_limits_is_waited_out_and_repeated_even_for_a_publish(fake: GraphFake, code: int) -> None:
    fake.fail("POST", f"{PAGE_ID}/feed", 400, error_body(code, "(#4) Application request limit reached"))
    connector = facebook(fake)
    waits: list[float] = []
    connector.graph.sleep = waits.append

    published = connector.publish(OutgoingPost(text="Parents evening", idempotency_key="k6"))

    assert len(fake.calls("POST", f"{PAGE_ID}/feed")) == 2 and len(fake.posts()) == 1
    assert published.remote_id == fake.posts()[0].fields["id"]
    assert len(waits) == 1 and 0 <= waits[0] <= 0.5  # full jitter within the first backoff step


def test_a_rate_limit_with_a_long_wait_is_handed_back_with_the_time_meta_gave(fake: GraphFake) -> None:
    fake.fail("POST", f"{PAGE_ID}/feed", 400, error_body(80001, "There have been too many calls to this Page account."),
              headers=usage(100, regain_minutes=15))

    with pytest.raises(ConnectorError) as limited:
        facebook(fake).publish(OutgoingPost(text="Parents evening", idempotency_key="k7"))

    assert limited.value.retryable and limited.value.retry_after == pytest.approx(900, abs=2)
    assert "Oakfield Primary School" in limited.value.message and "tried again" in limited.value.message
    assert len(fake.calls("POST", f"{PAGE_ID}/feed")) == 1


def test_usage_headers_at_the_limit_stop_further_calls_until_meta_says(fake: GraphFake) -> None:
    fake.fail("POST", f"{PAGE_ID}/feed", 400, error_body(4, "(#4) Application request limit reached"),
              headers=usage(100))
    connector = facebook(fake)

    with pytest.raises(ConnectorError) as limited:
        connector.publish(OutgoingPost(text="Parents evening", idempotency_key="k7b"))

    # x-app-usage at 100% gives no time: the shared layer waits ten minutes (its rolling hour).
    assert limited.value.retryable and limited.value.retry_after is not None and limited.value.retry_after >= 590
    assert len(fake.calls("POST", f"{PAGE_ID}/feed")) == 1
    assert connector.health() is Health.RATE_LIMITED


def test_reads_are_repeated_with_growing_jittered_waits_after_server_errors(fake: GraphFake) -> None:
    fake.fail("GET", r".*/comments", 503, {}, times=2)
    connector = facebook(fake)
    waits: list[float] = []
    connector.graph.sleep = waits.append
    post = connector.publish(OutgoingPost(text="Hello", idempotency_key="k8"))
    fake.add_comment(post.remote_id, "Lovely")

    comments = connector.fetch_comments(None, [post.remote_id])

    assert [c.text for c in comments] == ["Lovely"]
    assert len(fake.calls("GET", r".*/comments")) == 3
    assert len(waits) == 2 and 0 <= waits[0] <= 0.5 and 0 <= waits[1] <= 1.0


def test_reads_give_up_after_three_tries_and_say_it_will_be_tried_later(fake: GraphFake) -> None:
    fake.fail("GET", PAGE_ID, 502, {}, times=5)

    with pytest.raises(ConnectorError) as failed:
        facebook(fake).graph.get(PAGE_ID, "checking the Page")

    assert failed.value.retryable and failed.value.status == 502 and "tried again later" in failed.value.message
    assert len(fake.calls("GET", PAGE_ID)) == 3


def test_an_expired_token_asks_for_re_authorisation_and_never_shows_the_token(fake: GraphFake) -> None:
    connector = facebook(fake, token="EAAExpiredToken999")

    with pytest.raises(ConnectorError) as refused:
        connector.publish(OutgoingPost(text="Hello", idempotency_key="k9"))

    assert not refused.value.retryable
    assert "Re-authorise the account" in refused.value.message
    assert "190/463" in refused.value.detail and "fbtrace_id" in refused.value.detail
    assert "EAAExpiredToken999" not in refused.value.message + refused.value.detail
    assert connector.health() is Health.BAD_CREDENTIALS


def test_a_missing_permission_is_said_in_words(fake: GraphFake) -> None:
    fake.fail("POST", f"{PAGE_ID}/feed", 403, error_body(200, "(#200) Requires pages_manage_posts permission"))

    with pytest.raises(ConnectorError) as refused:
        facebook(fake).publish(OutgoingPost(text="Hello", idempotency_key="k10"))

    assert not refused.value.retryable and "lacks a permission" in refused.value.message


# -- health ------------------------------------------------------------------------------------------


def test_health_is_ok_with_a_valid_token_and_checks_it_with_debug_token(fake: GraphFake) -> None:
    connector = facebook(fake, app=True)

    assert connector.health() is Health.OK
    [debug] = fake.calls("GET", "debug_token")
    assert debug.query == {"input_token": PAGE_TOKEN}
    assert debug.headers["Authorization"] == f"Bearer {APP_ID}|{APP_SECRET}"
    assert connector.token_expires_at() is None  # a Page token from a long-lived user token never expires


def test_health_says_bad_credentials_when_debug_token_says_expired(fake: GraphFake) -> None:
    past = int((datetime.now(UTC) - timedelta(days=1)).timestamp())
    fake.debug.update(expires_at=past, is_valid=False)
    connector = facebook(fake, app=True)

    assert connector.health() is Health.BAD_CREDENTIALS
    assert connector.token_expires_at() == datetime.fromtimestamp(past, UTC)


def test_health_says_rate_limited_when_usage_headers_are_near_the_limit(fake: GraphFake) -> None:
    fake.usage_headers = usage(97)
    assert facebook(fake).health() is Health.RATE_LIMITED
    fake.usage_headers = usage(40)
    assert facebook(fake).health() is Health.OK


def test_health_says_unreachable_when_the_graph_api_keeps_failing(fake: GraphFake) -> None:
    fake.fail("GET", PAGE_ID, 500, {}, times=3)
    assert facebook(fake).health() is Health.UNREACHABLE


# -- comments ----------------------------------------------------------------------------------------


def test_it_fetches_comments_and_replies_since_a_time_across_pages(fake: GraphFake) -> None:
    connector = facebook(fake)
    post = connector.publish(OutgoingPost(text="Well done Year 4", idempotency_key="k11"))
    old = fake.add_comment(post.remote_id, "Old one", created=hours_ago(5))
    first = fake.add_comment(post.remote_id, "Brilliant", author_id="9002", author_name="Sam Parent",
                             created=hours_ago(2))
    for n in range(105):
        fake.add_comment(post.remote_id, f"Well done {n}", created=hours_ago(1.5) + timedelta(seconds=n))
    nested = fake.add_comment(post.remote_id, "Agreed!", parent=first, created=hours_ago(1))

    comments = connector.fetch_comments(hours_ago(3), [post.remote_id])

    assert len(comments) == 107 and old not in {c.remote_id for c in comments}
    top = comments[0]
    assert (top.remote_id, top.text, top.author_handle, top.author_remote_id) == (first, "Brilliant", "Sam Parent",
                                                                                 "9002")
    assert top.post_remote_id == post.remote_id and top.parent_remote_id is None
    assert comments[-1].remote_id == nested and comments[-1].parent_remote_id == first
    [call, *more] = fake.calls("GET", f"{post.remote_id}/comments")
    assert call.query["filter"] == "stream" and call.query["order"] == "chronological"
    assert int(call.query["since"]) == pytest.approx(hours_ago(3).timestamp(), abs=2)
    assert len(more) == 1  # the paging.next address was followed


def test_the_pages_own_replies_are_not_fetched_as_comments(fake: GraphFake) -> None:
    connector = facebook(fake)
    post = connector.publish(OutgoingPost(text="Question time", idempotency_key="k12"))
    question = fake.add_comment(post.remote_id, "When does it start?")
    [comment] = connector.fetch_comments(None, [post.remote_id])

    answer = connector.reply(comment, "At 2pm.", idempotency_key="r1")

    assert fake.nodes[answer.remote_id].fields["parent"] == question
    assert answer.url and "comment_id" in answer.url
    assert [c.remote_id for c in connector.fetch_comments(None, [post.remote_id])] == [question]


def test_a_reply_to_a_reply_goes_under_the_first_comment(fake: GraphFake) -> None:
    connector = facebook(fake)
    post = connector.publish(OutgoingPost(text="Trip", idempotency_key="k13"))
    first = fake.add_comment(post.remote_id, "Lovely")
    fake.add_comment(post.remote_id, "It was!", parent=first)
    nested = next(c for c in connector.fetch_comments(None, [post.remote_id]) if c.parent_remote_id)

    connector.reply(nested, "Thank you both", idempotency_key="r2")

    [call] = fake.calls("POST", r".*/comments")
    assert call.path == f"{first}/comments" and call.form == {"message": "Thank you both"}


def test_it_hides_unhides_and_deletes_a_comment(fake: GraphFake) -> None:
    connector = facebook(fake)
    post = connector.publish(OutgoingPost(text="Trip", idempotency_key="k14"))
    fake.add_comment(post.remote_id, "Rude words")
    [comment] = connector.fetch_comments(None, [post.remote_id])

    connector.hide(comment)
    assert fake.nodes[comment.remote_id].fields["is_hidden"] is True
    connector.unhide(comment)
    assert fake.nodes[comment.remote_id].fields["is_hidden"] is False
    connector.delete_comment(comment)
    connector.delete_comment(comment)  # already gone is fine

    assert [c.form for c in fake.calls("POST", comment.remote_id)] == [{"is_hidden": "true"}, {"is_hidden": "false"}]
    assert fake.nodes[comment.remote_id].fields["deleted"]


def test_it_blocks_the_author_of_a_comment_from_the_page(fake: GraphFake) -> None:
    connector = facebook(fake)
    post = connector.publish(OutgoingPost(text="Trip", idempotency_key="k15"))
    fake.add_comment(post.remote_id, "Spam", author_id="9555")
    [comment] = connector.fetch_comments(None, [post.remote_id])

    connector.block(comment)

    [call] = fake.calls("POST", f"{PAGE_ID}/blocked")
    assert json.loads(call.form["user"]) == ["9555"] and fake.blocked == {"9555"}
    with pytest.raises(NotSupported):
        connector.block(replace(comment, author_remote_id=""))


# -- webhooks ----------------------------------------------------------------------------------------


def feed_payload(*values: dict[str, object], page: str = PAGE_ID) -> dict[str, object]:
    """A Page feed notification, shaped as the webhooks reference for Pages (feed) shows it."""
    return {"object": "page", "entry": [{"id": page, "time": 1733478000, "changes": [
        {"field": "feed", "value": value} for value in values]}]}


def comment_value(comment_id: str = "55_1001", *, post_id: str = f"{PAGE_ID}_55", parent: str | None = None,
                  verb: str = "add", author: str = "9001") -> dict[str, object]:
    return {"from": {"id": author, "name": "A Parent"}, "post": {"status_type": "added_photos", "is_published": True,
            "updated_time": "2026-12-06T08:00:00+0000", "permalink_url": "https://www.facebook.com/x", "id": post_id},
            "message": "Lovely photos!", "post_id": post_id, "comment_id": comment_id,
            "created_time": 1733478000, "item": "comment", "parent_id": parent or post_id, "verb": verb}


def test_webhook_comments_are_parsed_and_everything_else_left_out() -> None:
    payload = feed_payload(comment_value(), comment_value("55_1002", parent="55_1001"),
                           comment_value("55_1003", verb="edited"), comment_value("55_1004", author=PAGE_ID),
                           {"item": "reaction", "verb": "add", "post_id": "x", "reaction_type": "like"})

    found = comments_from_webhook(payload)

    assert [(f.page_id, f.comment.remote_id, f.comment.parent_remote_id) for f in found] == [
        (PAGE_ID, "55_1001", None), (PAGE_ID, "55_1002", "55_1001")]
    first = found[0].comment
    assert first.text == "Lovely photos!" and first.author_remote_id == "9001" and first.author_handle == "A Parent"
    assert first.created_at == datetime.fromtimestamp(1733478000, UTC)
    assert first.post_remote_id == f"{PAGE_ID}_55"


@pytest.mark.parametrize("payload", [[], {"object": "user", "entry": []}, {"object": "page"},
                                     {"object": "page", "entry": ["x"]}])
def test_a_malformed_webhook_payload_is_refused_in_words(payload: object) -> None:
    with pytest.raises(ValueError, match=r"payload|entry"):
        comments_from_webhook(payload)


def test_the_signature_is_an_hmac_sha256_of_the_raw_body_with_the_app_secret() -> None:
    body = json.dumps(feed_payload(comment_value())).encode()
    good = sign_body(APP_SECRET, body)

    assert good.startswith("sha256=") and len(good) == 7 + 64
    assert signature_is_valid(APP_SECRET, body, good)
    assert not signature_is_valid(APP_SECRET, body + b" ", good)
    assert not signature_is_valid("another-secret", body, good)
    assert not signature_is_valid(APP_SECRET, body, None)
    assert not signature_is_valid(APP_SECRET, body, "sha1=" + good[7:])
    assert not signature_is_valid("", body, sign_body("", body))


def test_the_verification_challenge_is_answered_only_with_our_verify_token() -> None:
    asked = {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": "meatyhamhock"}

    assert challenge_answer(asked, "meatyhamhock") == "1158201444"
    assert challenge_answer(asked, "another") is None
    assert challenge_answer({**asked, "hub.mode": "unsubscribe"}, "meatyhamhock") is None
    assert challenge_answer(asked, "") is None


# -- Facebook Login --------------------------------------------------------------------------------


def test_the_login_dialog_address_carries_the_state_and_the_page_permissions() -> None:
    url = login_dialog_url(APP_ID, "https://safepost.example/connect/facebook/done/", "st4te")

    assert url.startswith("https://www.facebook.com/v25.0/dialog/oauth?")
    assert "state=st4te" in url and f"client_id={APP_ID}" in url and "response_type=code" in url
    assert "pages_manage_engagement" in url and "redirect_uri=https%3A%2F%2Fsafepost.example" in url


def test_the_code_becomes_a_long_lived_user_token_and_then_page_tokens(fake: GraphFake) -> None:
    redirect = "https://safepost.example/connect/facebook/done/"
    code = fake.issue_code(redirect)

    grants = page_grants(code, app_id=APP_ID, app_secret=APP_SECRET, redirect_uri=redirect, graph_base=fake.graph_url)

    assert [(g.page_id, g.name, g.access_token) for g in grants] == [
        (PAGE_ID, PAGE_NAME, PAGE_TOKEN), ("104000000000002", "Oakfield PTA", "EAAPageTokenPTA")]
    assert grants[0].instagram_id and PAGE_TOKEN not in repr(grants[0])
    exchange, extend = fake.calls("GET", "oauth/access_token")
    assert exchange.query["code"] == code and exchange.query["redirect_uri"] == redirect
    assert extend.query["grant_type"] == "fb_exchange_token" and extend.query["fb_exchange_token"] == "short-user-token"
    [accounts] = fake.calls("GET", "me/accounts")
    assert accounts.headers["Authorization"] == "Bearer long-user-token"


def test_a_code_used_twice_or_for_another_address_is_refused_without_showing_secrets(fake: GraphFake) -> None:
    code = fake.issue_code("https://safepost.example/a/")

    with pytest.raises(ConnectorError) as refused:
        page_grants(code, app_id=APP_ID, app_secret=APP_SECRET, redirect_uri="https://evil.example/",
                    graph_base=fake.graph_url)

    assert not refused.value.retryable and "Facebook refused finishing the sign-in" in refused.value.message
    assert APP_SECRET not in refused.value.message + refused.value.detail
