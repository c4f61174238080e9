"""Facebook Pages, through Meta's Graph API with a Page access token.

Credentials: ``handle`` is the Page id, ``secret`` the Page access token (from the vault; obtained
by the Facebook Login flow in ``safepost.connect``), ``base_url`` the Graph API address (empty: Meta's
own, ``graph.GRAPH_VERSION``); ``extra`` may carry ``app_id`` and ``app_secret`` for ``health`` to
inspect the token with ``/debug_token``, and ``page_name`` for messages.

Followed documents (developers.facebook.com, Graph API v25.0):
- docs/graph-api/reference/page/feed (publishing: ``message``, ``attached_media``) and
  docs/pages-api/posts (a post with several photos: each uploaded with ``published=false``, then
  one feed post naming them in ``attached_media[i]={"media_fbid": id}``);
- docs/graph-api/reference/page/photos (publishing: ``source`` as multipart, ``message``,
  ``published``, ``alt_text_custom``; the answer ``{"id", "post_id"}``; photos under 4 MB);
- docs/graph-api/reference/post (reading ``permalink_url``, ``created_time``; deleting answers
  ``{"success": true}``);
- docs/graph-api/reference/object/comments (reading with ``filter=stream``, ``order``, ``since``,
  cursor paging; publishing ``message``), docs/graph-api/reference/comment (updating
  ``is_hidden``; deleting);
- docs/graph-api/reference/page/blocked (``POST /{page-id}/blocked`` with ``user``; the answer maps
  each id to true);
- docs/graph-api/reference/page/subscribed_apps (``subscribed_fields=feed``: the Page's changes go
  to the app's webhook);
- docs/graph-api/reference/debug_token (``is_valid``, ``expires_at``, ``data_access_expires_at``);
- docs/graph-api/webhooks/reference/page#feed (the ``feed`` change for a comment: ``item=comment``,
  ``verb``, ``comment_id``, ``post_id``, ``parent_id``, ``from``, ``message``, ``created_time``);
- docs/facebook-login/guides/advanced/manual-flow and docs/facebook-login/guides/access-tokens/
  get-long-lived (the sign-in dialog, exchanging the code, the long-lived user token, and
  ``/me/accounts`` for the Page token, which then does not expire).

Exactly once: the Graph API has no idempotency key and a post carries nothing safepost could find
it by without showing it to readers, so ``capabilities.lookup`` is False: a publish whose outcome
is unknown (a 5xx or a timeout after the request was sent) is never repeated blindly; it fails, not
retryable, with words asking staff to check the Page first.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from safepost.connectors.base import (
    Capabilities,
    Connector,
    ConnectorError,
    Credentials,
    Health,
    NotSupported,
    OutgoingPost,
    Photo,
    Published,
    RemoteComment,
)
from safepost.connectors.graph import (
    DEFAULT_GRAPH,
    GRAPH_VERSION,
    MISSING_SUBCODES,
    USAGE_LIMIT_PERCENT,
    GraphClient,
    as_object,
    health_of,
    parse_time,
)

MAX_CHARS = 63_206  # the longest text a Facebook post takes
MAX_PHOTOS = 10  # safepost's own limit for one post (attached_media has no documented maximum)
MAX_PHOTO_BYTES = 4_000_000  # page/photos: "Photos should be less than 4MB"
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/tiff", "image/heif", "image/webp",
                         "image/bmp"})
COMMENT_FIELDS = "id,message,created_time,from{id,name},parent{id},permalink_url"
DIALOG_BASE = "https://www.facebook.com"
#: What safepost asks a Page admin to allow (docs/permissions/reference).
PAGE_SCOPES = ("pages_show_list", "pages_read_engagement", "pages_read_user_content", "pages_manage_posts",
               "pages_manage_engagement", "pages_manage_metadata")
#: And for an Instagram professional account linked to the Page (Instagram API with Facebook Login).
INSTAGRAM_SCOPES = ("pages_show_list", "pages_read_engagement", "business_management", "instagram_basic",
                    "instagram_content_publish", "instagram_manage_comments")


class FacebookConnector(Connector):
    platform = "facebook"
    capabilities = Capabilities(
        publish=True, delete=True, lookup=False, fetch_comments=True, reply=True,
        hide=True, delete_comment=True, max_photos=MAX_PHOTOS, max_chars=MAX_CHARS,
        unhide=True, block=True, webhooks=True,
    )

    def __init__(self, credentials: Credentials, *, timeout: float = 20.0) -> None:
        super().__init__(credentials, timeout=timeout)
        self.page_id = credentials.handle
        name = credentials.extra.get("page_name") or credentials.handle
        self.graph = GraphClient(credentials.base_url or DEFAULT_GRAPH, credentials.secret, platform="Facebook",
                                 account=f"the Page {name}", timeout=timeout,
                                 secrets=(credentials.extra.get("app_secret", ""),))

    # -- posts -------------------------------------------------------------------------------------

    def publish(self, post: OutgoingPost) -> Published:
        self._check(post)
        if post.reply_to:
            return self._comment(post.reply_to, post.text, "publishing the reply")
        if not post.photos:
            answer = self.graph.post(f"{self.page_id}/feed", "publishing the post", {"message": post.text})
            return self._published(str(answer["id"]))
        if len(post.photos) == 1:
            answer = self.graph.post(f"{self.page_id}/photos", "publishing the post with its photo",
                                     self._photo_fields(post.photos[0], message=post.text),
                                     files=self._photo_file(post.photos[0]))
            return self._published(str(answer.get("post_id") or answer["id"]))
        media = []
        for number, photo in enumerate(post.photos, start=1):
            # Uploaded but not shown on the Page until the feed post below attaches it.
            answer = self.graph.post(f"{self.page_id}/photos", f"uploading photo {number}",
                                     self._photo_fields(photo, published=False), files=self._photo_file(photo))
            media.append(str(answer["id"]))
        fields = {"message": post.text} | {f"attached_media[{index}]": json.dumps({"media_fbid": media_id})
                                           for index, media_id in enumerate(media)}
        answer = self.graph.post(f"{self.page_id}/feed", "publishing the post with its photos", fields)
        return self._published(str(answer["id"]))

    def find_published(self, idempotency_key: str) -> Published | None:
        return None  # no key can be looked up on Facebook (capabilities.lookup is False)

    def delete(self, remote_id: str) -> None:
        try:
            self.graph.delete(remote_id, "deleting the post")
        except ConnectorError as error:
            if not _is_missing(error):
                raise  # already gone is fine; anything else is not

    def _check(self, post: OutgoingPost) -> None:
        if not post.text.strip() and not post.photos:
            raise ConnectorError("the post has no text and no photo", retryable=False)
        if len(post.text) > MAX_CHARS:
            raise ConnectorError(f"the text is {len(post.text):,} characters long; Facebook allows {MAX_CHARS:,}",
                                 retryable=False)
        if post.reply_to and post.photos:
            raise ConnectorError("a reply on Facebook is text only here; remove the photos", retryable=False)
        if len(post.photos) > MAX_PHOTOS:
            raise ConnectorError(f"the post has {len(post.photos)} photos; safepost sends at most {MAX_PHOTOS} "
                                 "to Facebook in one post", retryable=False)
        for number, photo in enumerate(post.photos, start=1):
            if photo.mime_type not in PHOTO_TYPES:
                raise ConnectorError(f"photo {number} is {photo.mime_type!r}; Facebook takes JPEG, PNG, GIF, "
                                     "TIFF, HEIF or WebP", retryable=False)
            if len(photo.data) > MAX_PHOTO_BYTES:
                raise ConnectorError(f"photo {number} is {len(photo.data) / 1e6:.1f} MB; Facebook takes photos "
                                     f"under {MAX_PHOTO_BYTES / 1e6:g} MB", retryable=False)
            if not photo.alt_text.strip():
                raise ConnectorError(f"photo {number} has no alt text; describe it for people who cannot see it",
                                     retryable=False)

    @staticmethod
    def _photo_fields(photo: Photo, *, message: str = "", published: bool = True) -> dict[str, str]:
        fields = {"alt_text_custom": photo.alt_text, "published": "true" if published else "false"}
        return fields | ({"message": message} if message else {})

    @staticmethod
    def _photo_file(photo: Photo) -> dict[str, tuple[str, bytes, str]]:
        extension = photo.mime_type.split("/")[-1].replace("jpeg", "jpg")
        return {"source": (f"photo.{extension}", photo.data, photo.mime_type)}

    def _published(self, remote_id: str) -> Published:
        node = self.graph.get(remote_id, "reading the published post back", {"fields": "id,permalink_url,created_time"})
        return Published(remote_id=remote_id, url=str(node.get("permalink_url") or ""),
                         published_at=parse_time(node.get("created_time")) or datetime.now(UTC))

    # -- comments ----------------------------------------------------------------------------------

    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        comments: list[RemoteComment] = []
        for post_id in dict.fromkeys(post_remote_ids):
            for node in self._comment_nodes(post_id, since):
                comment = comment_from_node(node, post_id, self.page_id)
                if comment is not None and (since is None or comment.created_at > since):
                    comments.append(comment)
        comments.sort(key=lambda comment: comment.created_at)
        return comments

    def _comment_nodes(self, post_id: str, since: datetime | None) -> Iterator[dict[str, Any]]:
        params: dict[str, Any] = {"filter": "stream", "order": "chronological", "fields": COMMENT_FIELDS,
                                  "limit": 100}
        if since is not None:
            params["since"] = int(since.timestamp())
        page = self.graph.get(f"{post_id}/comments", "reading comments", params)
        while True:
            yield from (node for node in page.get("data") or [] if isinstance(node, dict))
            following = (page.get("paging") or {}).get("next")
            if not following or not page.get("data"):
                return
            page = self.graph.get_url(str(following), "reading more comments")

    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        if not text.strip():
            raise ConnectorError("the reply is empty", retryable=False)
        if len(text) > MAX_CHARS:
            raise ConnectorError(f"the reply is {len(text):,} characters long; Facebook allows {MAX_CHARS:,}",
                                 retryable=False)
        # Facebook threads are one level deep: a reply to a reply goes under the first comment.
        target = comment.parent_remote_id or comment.remote_id
        return self._comment(target, text, "publishing the reply")

    def _comment(self, target: str, text: str, doing: str) -> Published:
        answer = self.graph.post(f"{target}/comments", doing, {"message": text})
        remote_id = str(answer["id"])
        node = self.graph.get(remote_id, "reading the reply back", {"fields": "id,permalink_url,created_time"})
        return Published(remote_id=remote_id, url=str(node.get("permalink_url") or ""),
                         published_at=parse_time(node.get("created_time")) or datetime.now(UTC))

    def hide(self, comment: RemoteComment) -> None:
        self.graph.post(comment.remote_id, "hiding the comment", {"is_hidden": "true"})

    def unhide(self, comment: RemoteComment) -> None:
        self.graph.post(comment.remote_id, "showing the comment again", {"is_hidden": "false"})

    def delete_comment(self, comment: RemoteComment) -> None:
        try:
            self.graph.delete(comment.remote_id, "deleting the comment")
        except ConnectorError as error:
            if not _is_missing(error):
                raise

    def block(self, comment: RemoteComment) -> None:
        """Block the comment's author from the Page (they can no longer comment or message it)."""
        author = comment.author_remote_id
        if not author.isdigit():
            raise NotSupported("Facebook did not say who wrote this comment, so they cannot be blocked from "
                               "here; block them from the Page's settings on Facebook")
        answer = self.graph.post(f"{self.page_id}/blocked", "blocking the person", {"user": json.dumps([author])})
        if answer.get(author) is not True:
            raise ConnectorError("Facebook did not block the person; block them from the Page's settings",
                                 retryable=False, detail=json.dumps(answer)[:200])

    def subscribe_to_webhooks(self) -> None:
        """Ask Meta to send this Page's ``feed`` changes to the app's webhook
        (docs/graph-api/reference/page/subscribed_apps: ``subscribed_fields``)."""
        answer = self.graph.post(f"{self.page_id}/subscribed_apps", "switching on comment notifications",
                                 {"subscribed_fields": "feed"})
        if answer.get("success") is not True:
            raise ConnectorError("Facebook did not switch on comment notifications for the Page; comments still "
                                 "arrive by polling", retryable=True, detail=json.dumps(answer)[:200])

    # -- health ------------------------------------------------------------------------------------

    def health(self) -> Health:
        try:
            if self._can_debug_tokens():
                info = self.token_info()
                if not info.get("is_valid") or _expired(info.get("expires_at")):
                    return Health.BAD_CREDENTIALS
            self.graph.get(self.page_id, "checking the Page", {"fields": "id,name"})
        except ConnectorError as error:
            return health_of(error)
        if self.graph.last_usage is not None and self.graph.last_usage >= USAGE_LIMIT_PERCENT:
            return Health.RATE_LIMITED
        return Health.OK

    def _can_debug_tokens(self) -> bool:
        return bool(self.credentials.extra.get("app_id") and self.credentials.extra.get("app_secret"))

    def token_info(self) -> dict[str, Any]:
        """What ``/debug_token`` says of the Page token (needs the app's id and secret in ``extra``)."""
        app_token = f"{self.credentials.extra['app_id']}|{self.credentials.extra['app_secret']}"
        answer = self.graph.get("debug_token", "checking the access token",
                                {"input_token": self.credentials.secret}, token=app_token)
        data = answer.get("data")
        return data if isinstance(data, dict) else {}

    def token_expires_at(self) -> datetime | None:
        """When the Page's access ends (the earlier of token and data-access expiry), or None if never."""
        info = self.token_info()
        moments = [int(info[key]) for key in ("expires_at", "data_access_expires_at")
                   if isinstance(info.get(key), int) and info[key] > 0]
        return datetime.fromtimestamp(min(moments), UTC) if moments else None


def _is_missing(error: ConnectorError) -> bool:
    """The Graph API's "object does not exist" (code 100, subcode 33) or a plain 404."""
    return error.status == 404 or any(f" 100/{sub} " in error.detail for sub in MISSING_SUBCODES)


def _expired(expires_at: object) -> bool:
    # 0 means the token never expires (a Page token from a long-lived user token).
    return isinstance(expires_at, int) and 0 < expires_at <= datetime.now(UTC).timestamp()


def comment_from_node(node: dict[str, Any], post_id: str, page_id: str) -> RemoteComment | None:
    """A comment node from ``/{post-id}/comments`` as a RemoteComment; None for the Page's own comments."""
    author = as_object(node.get("from"))
    created = parse_time(node.get("created_time"))
    if created is None or not node.get("id") or str(author.get("id") or "") == page_id:
        return None
    parent = as_object(node.get("parent"))
    return RemoteComment(
        remote_id=str(node["id"]), text=str(node.get("message") or ""), created_at=created, post_remote_id=post_id,
        author_handle=str(author.get("name") or author.get("id") or ""), author_name=str(author.get("name") or ""),
        author_remote_id=str(author.get("id") or ""),
        parent_remote_id=str(parent["id"]) if parent.get("id") else None, url=str(node.get("permalink_url") or ""),
    )


# -- webhooks ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageComment:
    """A comment a ``feed`` webhook announced, with the Page it was made on."""

    page_id: str
    comment: RemoteComment


def comments_from_webhook(payload: object) -> list[PageComment]:
    """The new comments in a Page ``feed`` webhook payload; ValueError naming what is malformed.

    Only ``item=comment`` with ``verb=add`` counts: edits, removals, reactions and the Page's own
    comments are left out (the inbox keeps the first version it saw).
    """
    if not isinstance(payload, dict) or payload.get("object") != "page":
        raise ValueError("the payload is not a Page notification (object must be \"page\")")
    entries = payload.get("entry")
    if not isinstance(entries, list):
        raise ValueError("the payload has no entry list")
    found: list[PageComment] = []
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("changes", []), list):
            raise ValueError("an entry is not an object with a changes list")
        page_id = str(entry.get("id") or "")
        for change in entry.get("changes", []):
            value = change.get("value") if isinstance(change, dict) else None
            if not isinstance(value, dict) or change.get("field") != "feed":
                continue
            comment = _webhook_comment(value, page_id)
            if comment is not None:
                found.append(PageComment(page_id, comment))
    return found


def _webhook_comment(value: dict[str, Any], page_id: str) -> RemoteComment | None:
    if value.get("item") != "comment" or value.get("verb") != "add":
        return None
    author = as_object(value.get("from"))
    created = parse_time(value.get("created_time"))
    comment_id, post_id = str(value.get("comment_id") or ""), str(value.get("post_id") or "")
    if not comment_id or not post_id or created is None or str(author.get("id") or "") == page_id:
        return None
    parent = str(value.get("parent_id") or "")
    return RemoteComment(remote_id=comment_id, text=str(value.get("message") or ""),
                         author_handle=str(author.get("name") or author.get("id") or ""),
                         author_name=str(author.get("name") or ""), author_remote_id=str(author.get("id") or ""),
                         created_at=created, post_remote_id=post_id,
                         parent_remote_id=parent if parent and parent != post_id else None)


# -- Facebook Login (the Page token) ------------------------------------------------------------------


@dataclass(frozen=True)
class PageGrant:
    """A Page the signed-in person manages, with its Page access token (a secret: never log it)."""

    page_id: str
    name: str
    access_token: str
    instagram_id: str = ""
    instagram_username: str = ""

    def __repr__(self) -> str:
        return f"PageGrant(page_id={self.page_id!r}, name={self.name!r}, access_token=<hidden>)"


def login_dialog_url(app_id: str, redirect_uri: str, state: str, *, scopes: Sequence[str] = PAGE_SCOPES,
                     dialog_base: str = DIALOG_BASE) -> str:
    """Where to send the browser to sign in with Facebook and allow safepost onto the Page."""
    query = urlencode({"client_id": app_id, "redirect_uri": redirect_uri, "state": state,
                       "response_type": "code", "scope": ",".join(scopes)})
    return f"{dialog_base.rstrip('/')}/{GRAPH_VERSION}/dialog/oauth?{query}"


def page_grants(code: str, *, app_id: str, app_secret: str, redirect_uri: str, graph_base: str = "",
                timeout: float = 20.0) -> list[PageGrant]:
    """Exchange the dialog's code for a user token, make it long-lived, and list the Pages it manages.

    Page tokens obtained from a long-lived user token do not expire (docs: get-long-lived).
    """
    graph = GraphClient(graph_base or DEFAULT_GRAPH, "", platform="Facebook", account="your Facebook account",
                        timeout=timeout, secrets=(app_secret, code))
    try:
        short = graph.get("oauth/access_token", "finishing the sign-in", {
            "client_id": app_id, "client_secret": app_secret, "redirect_uri": redirect_uri, "code": code})
        long_lived = graph.get("oauth/access_token", "asking for lasting access", {
            "grant_type": "fb_exchange_token", "client_id": app_id, "client_secret": app_secret,
            "fb_exchange_token": str(short["access_token"])})
        user_token = str(long_lived["access_token"])
        graph.secrets = (*graph.secrets, str(short["access_token"]), user_token)
        return list(_managed_pages(graph, user_token))
    except KeyError as missing:
        raise ConnectorError("Facebook's answer to the sign-in lacked an access token; try connecting again",
                             retryable=False, detail=f"missing {missing}") from None
    finally:
        graph.close()


def _managed_pages(graph: GraphClient, user_token: str) -> Iterator[PageGrant]:
    page = graph.get("me/accounts", "listing your Pages", {
        "fields": "id,name,access_token,instagram_business_account{id,username}", "limit": 100}, token=user_token)
    while True:
        for node in page.get("data") or []:
            if isinstance(node, dict) and node.get("id") and node.get("access_token"):
                graph.secrets = (*graph.secrets, str(node["access_token"]))
                instagram = node.get("instagram_business_account") or {}
                yield PageGrant(page_id=str(node["id"]), name=str(node.get("name") or ""),
                                access_token=str(node["access_token"]),
                                instagram_id=str(instagram.get("id") or ""),
                                instagram_username=str(instagram.get("username") or ""))
        following = (page.get("paging") or {}).get("next")
        if not following or not page.get("data"):
            return
        page = graph.get_url(str(following), "listing more of your Pages")
