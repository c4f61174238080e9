"""Meta's webhooks, Facebook Login and Instagram's public photo addresses, end to end through Django.

The Graph API is the local fake of tests/connectors/graphfake.py (a real HTTP server on 127.0.0.1);
webhook requests are signed exactly as Meta signs them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client, override_settings

from safepost.accounts import vault
from safepost.accounts.models import OfficialAccount
from safepost.audit.models import Event
from safepost.connect.media import SignedPhotoHost, install_photo_host
from safepost.connectors import Photo
from safepost.connectors.graph import sign_body
from safepost.inbox.models import Comment
from safepost.schools.models import Role
from tests.connectors.graphfake import (
    APP_ID,
    APP_SECRET,
    IG_ID,
    PAGE_ID,
    PAGE_TOKEN,
    GraphFake,
)
from tests.web.conftest import World, verified_client
from tests.web.inbox_support import make_account

VERIFY = "meatyhamhock"
PUBLIC = "https://safepost.example"
HOOK = "/hooks/facebook/"


@pytest.fixture
def fake() -> Iterator[GraphFake]:
    with GraphFake() as server, override_settings(
            SAFEPOST_FACEBOOK_APP_ID=APP_ID, SAFEPOST_FACEBOOK_APP_SECRET=APP_SECRET,
            SAFEPOST_FACEBOOK_VERIFY_TOKEN=VERIFY, SAFEPOST_GRAPH_URL=server.graph_url,
            SAFEPOST_FACEBOOK_DIALOG_URL="https://dialog.example", SAFEPOST_PUBLIC_URL=PUBLIC):
        yield server


def facebook_account(world: World, *, page_id: str = PAGE_ID) -> OfficialAccount:
    account = make_account(world, "facebook", "Alpha Facebook", handle=page_id)
    account.secret = vault.seal({"username": page_id, "password": PAGE_TOKEN, "notes": ""})
    account.save(update_fields=["secret"])
    return account


def notification(*comments: tuple[str, str], page: str = PAGE_ID) -> bytes:
    """A Page feed notification as Meta's webhooks reference shows it, one change per comment."""
    changes = [{"field": "feed", "value": {
        "from": {"id": "9001", "name": "A Parent"}, "post_id": f"{page}_55", "comment_id": comment_id,
        "parent_id": f"{page}_55", "message": text, "created_time": 1764950400, "item": "comment", "verb": "add",
        "post": {"id": f"{page}_55", "status_type": "added_photos", "is_published": True}}}
        for comment_id, text in comments]
    return json.dumps({"object": "page", "entry": [{"id": page, "time": 1764950400, "changes": changes}]}).encode()


def deliver(body: bytes, signature: str | None) -> object:
    headers = {"HTTP_X_HUB_SIGNATURE_256": signature} if signature is not None else {}
    return Client().post(HOOK, body, content_type="application/json", **headers)


# -- webhooks ----------------------------------------------------------------------------------------


def test_a_signed_notification_puts_the_comment_in_the_accounts_inbox(world: World, fake: GraphFake) -> None:
    account = facebook_account(world)
    body = notification(("55_1001", "What time does the concert start on Thursday?"))

    response = deliver(body, sign_body(APP_SECRET, body))
    again = deliver(body, sign_body(APP_SECRET, body))  # Meta retries deliveries: never doubled

    assert response.status_code == 200 and response.json() == {"created": 1, "duplicates": 0}
    assert again.json() == {"created": 0, "duplicates": 1}
    comment = Comment.objects.get()
    assert comment.account == account and comment.source == "webhook"
    assert comment.remote_id == "55_1001" and comment.post_remote_id == f"{PAGE_ID}_55"
    assert comment.received_at == datetime.fromtimestamp(1764950400, UTC)
    assert comment.category == "question"
    assert Event.objects.filter(action="inbox.ingested").count() == 1


@pytest.mark.parametrize("signature", [None, "", "sha256=" + "0" * 64, "sha1=abc", "garbage"])
def test_a_missing_or_wrong_signature_is_refused_and_nothing_is_stored(world: World, fake: GraphFake,
                                                                       signature: str | None) -> None:
    facebook_account(world)
    body = notification(("55_1001", "Forged comment"))

    response = deliver(body, signature)

    assert response.status_code == 403
    assert b"X-Hub-Signature-256" in response.content
    assert Comment.objects.count() == 0


def test_a_signature_for_another_body_is_refused(world: World, fake: GraphFake) -> None:
    facebook_account(world)
    signed = notification(("55_1", "Harmless"))
    sent = notification(("55_1", "Something else entirely"))

    assert deliver(sent, sign_body(APP_SECRET, signed)).status_code == 403
    assert Comment.objects.count() == 0


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b'{"object": "page"}', b'{"object": "instagram", "entry": []}'])
def test_a_signed_but_malformed_notification_is_a_400_in_words(world: World, fake: GraphFake, body: bytes) -> None:
    response = deliver(body, sign_body(APP_SECRET, body))

    assert response.status_code == 400
    assert response.content.startswith(b"The notification is not a Page feed notification")
    assert Comment.objects.count() == 0


def test_a_notification_for_a_page_safepost_does_not_know_is_accepted_and_ignored(world: World,
                                                                                   fake: GraphFake) -> None:
    facebook_account(world)
    body = notification(("77_1", "Elsewhere"), page="999999")

    response = deliver(body, sign_body(APP_SECRET, body))

    assert response.status_code == 200 and response.json()["created"] == 0
    assert Comment.objects.count() == 0


def test_the_subscription_check_is_answered_with_the_challenge(fake: GraphFake) -> None:
    asked = {"hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": VERIFY}

    answered = Client().get(HOOK, asked)
    wrong = Client().get(HOOK, {**asked, "hub.verify_token": "guess"})

    assert answered.status_code == 200 and answered.content == b"1158201444"
    assert answered["Content-Type"].startswith("text/plain")
    assert wrong.status_code == 403


def test_webhooks_are_off_until_the_app_is_configured(db: None) -> None:
    with override_settings(SAFEPOST_FACEBOOK_APP_ID="", SAFEPOST_FACEBOOK_APP_SECRET=""):
        assert Client().get(HOOK, {"hub.mode": "subscribe"}).status_code == 404


# -- Facebook Login ------------------------------------------------------------------------------


def start(client: Client, world: World, account: OfficialAccount) -> dict[str, list[str]]:
    response = client.get(f"/s/{world.school.slug}/accounts/{account.pk}/connect/facebook/")
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == "https://dialog.example/v25.0/dialog/oauth"
    return parse_qs(target.query)


def test_connecting_a_facebook_account_stores_the_page_token_in_the_vault(world: World, fake: GraphFake) -> None:
    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)
    head = verified_client(world.users[Role.HEADTEACHER])
    asked = start(head, world, account)
    redirect_uri = asked["redirect_uri"][0]
    assert redirect_uri == f"{PUBLIC}/connect/facebook/done/" and asked["client_id"] == [APP_ID]
    assert "pages_manage_engagement" in asked["scope"][0]

    done = head.get("/connect/facebook/done/", {"code": fake.issue_code(redirect_uri), "state": asked["state"][0]})

    assert done.status_code == 302 and done["Location"] == f"/s/alpha/accounts/{account.pk}/"
    account.refresh_from_db()
    login = vault.unseal(account.secret)
    assert (login["username"], login["password"]) == (PAGE_ID, PAGE_TOKEN)
    assert "Oakfield Primary School" in login["notes"]
    assert fake.subscribed_fields == ["feed"]  # the Page's comments now come by webhook too
    event = Event.objects.get(action="account.connected")
    assert PAGE_TOKEN not in json.dumps(event.detail) and "long-user-token" not in json.dumps(event.detail)


def test_a_failure_to_switch_on_webhooks_still_connects_and_says_comments_are_polled(world: World,
                                                                                     fake: GraphFake) -> None:
    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)
    head = verified_client(world.users[Role.HEADTEACHER])
    asked = start(head, world, account)
    fake.fail("POST", f"{PAGE_ID}/subscribed_apps", 403, {"error": {
        "message": "(#200) Requires pages_manage_metadata permission", "type": "OAuthException", "code": 200,
        "fbtrace_id": "x"}})

    page = head.get("/connect/facebook/done/", {"code": fake.issue_code(asked["redirect_uri"][0]),
                                               "state": asked["state"][0]}, follow=True).content.decode()

    assert "New comments will be fetched every few minutes" in page and "permission" in page
    account.refresh_from_db()
    assert vault.unseal(account.secret)["password"] == PAGE_TOKEN


def test_a_state_that_does_not_match_is_refused_and_nothing_is_stored(world: World, fake: GraphFake) -> None:
    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)
    head = verified_client(world.users[Role.HEADTEACHER])
    asked = start(head, world, account)
    code = fake.issue_code(asked["redirect_uri"][0])

    forged = head.get("/connect/facebook/done/", {"code": code, "state": "attacker-chosen"})
    replay = head.get("/connect/facebook/done/", {"code": code, "state": asked["state"][0]})  # state used up

    assert forged.status_code == 400 and "nothing was stored" in forged.content.decode()
    assert replay.status_code == 400
    account.refresh_from_db()
    assert account.secret == "" and fake.calls("GET", "oauth/access_token") == []


def test_another_browser_cannot_finish_someone_elses_connection(world: World, fake: GraphFake) -> None:
    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)
    asked = start(verified_client(world.users[Role.HEADTEACHER]), world, account)
    other = verified_client(world.users[Role.ADMINISTRATOR])

    response = other.get("/connect/facebook/done/", {"code": fake.issue_code(asked["redirect_uri"][0]),
                                                    "state": asked["state"][0]})

    assert response.status_code == 400
    account.refresh_from_db()
    assert account.secret == ""


def test_only_vault_users_may_start_a_connection(world: World, fake: GraphFake) -> None:
    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)

    staff = verified_client(world.users[Role.STAFF]).get(f"/s/alpha/accounts/{account.pk}/connect/facebook/")
    outsider = verified_client(world.outsider).get(f"/s/alpha/accounts/{account.pk}/connect/facebook/")

    assert staff.status_code == 403 and outsider.status_code == 404  # a member is refused in words


def test_a_cancelled_login_changes_nothing(world: World, fake: GraphFake) -> None:
    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)
    head = verified_client(world.users[Role.HEADTEACHER])
    asked = start(head, world, account)

    response = head.get("/connect/facebook/done/", {"error": "access_denied", "error_reason": "user_denied",
                                                   "state": asked["state"][0]}, follow=True)

    assert "cancelled or refused" in response.content.decode()
    account.refresh_from_db()
    assert account.secret == ""


def test_with_several_pages_and_no_match_the_person_chooses(world: World, fake: GraphFake) -> None:
    account = make_account(world, "facebook", "Alpha PTA news", handle="alpha-pta")
    head = verified_client(world.users[Role.HEADTEACHER])
    asked = start(head, world, account)

    choose = head.get("/connect/facebook/done/", {"code": fake.issue_code(asked["redirect_uri"][0]),
                                                 "state": asked["state"][0]})
    page = choose.content.decode()
    assert choose.status_code == 200 and "Oakfield PTA" in page and "Oakfield Primary School" in page
    assert PAGE_TOKEN not in page and "EAAPageTokenPTA" not in page

    chosen = head.post("/connect/facebook/choose/", {"page": "104000000000002"})

    assert chosen.status_code == 302
    account.refresh_from_db()
    assert vault.unseal(account.secret)["password"] == "EAAPageTokenPTA"


def test_connecting_an_instagram_account_stores_its_id_and_the_pages_token(world: World, fake: GraphFake) -> None:
    account = make_account(world, "instagram", "Alpha Instagram", handle="oakfieldprimary")
    head = verified_client(world.users[Role.HEADTEACHER])
    asked = start(head, world, account)
    assert "instagram_content_publish" in asked["scope"][0]

    head.get("/connect/facebook/done/", {"code": fake.issue_code(asked["redirect_uri"][0]), "state": asked["state"][0]})

    account.refresh_from_db()
    login = vault.unseal(account.secret)
    assert (login["username"], login["password"]) == (IG_ID, PAGE_TOKEN)


def test_the_account_page_offers_facebook_login(world: World, fake: GraphFake) -> None:
    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)
    page = verified_client(world.users[Role.HEADTEACHER]).get(f"/s/alpha/accounts/{account.pk}/").content.decode()

    assert 'id="connect-facebook"' in page


# -- Instagram's public photo addresses ------------------------------------------------------------


def test_a_public_photo_address_works_until_withdrawn_and_is_signed(db: None, fake: GraphFake) -> None:
    host = SignedPhotoHost(PUBLIC)
    url = host.url_for(Photo(b"\xff\xd8fake-jpeg", "image/jpeg", "alt"))
    path = urlsplit(url).path
    assert url.startswith(f"{PUBLIC}/public-media/")

    served = Client().get(path)
    assert served.status_code == 200 and served["Content-Type"] == "image/jpeg"
    assert b"".join(served.streaming_content) == b"\xff\xd8fake-jpeg"
    assert Client().get(path[:-3] + "xx/").status_code == 404  # tampered signature

    host.withdraw(url)
    assert Client().get(path).status_code == 404


def test_a_public_photo_address_expires(db: None, fake: GraphFake) -> None:
    url = SignedPhotoHost(PUBLIC).url_for(Photo(b"\xff\xd8x", "image/jpeg", "alt"))
    with override_settings(SAFEPOST_PUBLIC_MEDIA_SECONDS=-1):
        assert Client().get(urlsplit(url).path).status_code == 404


def test_the_photo_host_is_installed_only_with_a_public_address(fake: GraphFake) -> None:
    from safepost.connectors import instagram

    install_photo_host()
    assert isinstance(instagram._default_host, SignedPhotoHost)
    with override_settings(SAFEPOST_PUBLIC_URL=""):
        install_photo_host()
        assert instagram._default_host is None


@pytest.mark.parametrize("role", list(Role))
def test_starting_facebook_login_follows_the_permission_matrix(world: World, fake: GraphFake, role: Role) -> None:
    from safepost.schools.access import Perm, allowed

    account = make_account(world, "facebook", "Alpha Facebook", handle=PAGE_ID)

    response = verified_client(world.users[role]).get(f"/s/alpha/accounts/{account.pk}/connect/facebook/")

    if allowed(role, Perm.USE_VAULT):
        assert response.status_code == 302 and response["Location"].startswith("https://dialog.example/")
    else:
        assert response.status_code == 403  # a member of the school without the permission
