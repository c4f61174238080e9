"""Instagram professional accounts, through the Instagram Graph API with Facebook Login.

Credentials: ``handle`` is the Instagram professional account id (the Page's
``instagram_business_account``), ``secret`` the connected Page's access token, ``base_url`` the
Graph API address (empty: Meta's own); ``extra`` may carry ``app_id`` and ``app_secret`` (token
check) and ``username``.

Followed documents (developers.facebook.com):
- docs/instagram-platform/content-publishing: a container per photo (``POST /{ig-user-id}/media``
  with ``image_url``, ``caption`` and ``alt_text``), ``is_carousel_item=true`` children and a
  ``media_type=CAROUSEL`` container with ``children`` for several photos (at most 10), the
  container's ``status_code`` (``EXPIRED``, ``ERROR``, ``FINISHED``, ``IN_PROGRESS``,
  ``PUBLISHED``), then ``POST /{ig-user-id}/media_publish`` with ``creation_id``. "We cURL media
  used in publishing attempts, so the media must be hosted on a publicly accessible server";
- docs/instagram-platform/instagram-graph-api/reference/ig-media (``permalink``, ``timestamp``; no
  deleting operation: a post is deleted in the Instagram app);
- docs/instagram-platform/comment-moderation, reference/ig-media/comments, reference/ig-comment
  (``hide``; deleting) and reference/ig-comment/replies (``message``; "You can only reply to
  top-level comments").

Photos: Instagram fetches each photo from a public address, so the connector needs a ``PhotoHost``
that puts the cleaned photo at an address Instagram can reach for a short while. safepost's web
app installs one (``safepost.connect.media``: a signed address on safepost's own site that expires
after an hour and is withdrawn once the post is published) with ``set_default_photo_host``.

Exactly once: as on Facebook, there is no idempotency key (``capabilities.lookup`` is False) and a
``media_publish`` whose outcome is unknown is not repeated blindly.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

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
    USAGE_LIMIT_PERCENT,
    GraphClient,
    as_object,
    health_of,
    parse_time,
)

MAX_CAPTION = 2_200
MAX_PHOTOS = 10  # a carousel holds up to 10 items
MAX_PHOTO_BYTES = 8_000_000  # image specifications: 8 MB, JPEG
PHOTO_TYPES = frozenset({"image/jpeg"})  # "Format: JPEG" in the image specifications
COMMENT_FIELDS = "id,text,timestamp,username,from{id,username},hidden,replies{id,text,timestamp,username,from{id,username}}"


def as_jpeg(photo: Photo) -> Photo:
    """The photo as a JPEG, which is all Instagram takes: other formats are converted with Pillow
    when it is installed (the ``images`` extra); without it they are left for ``_check`` to refuse."""
    if photo.mime_type in PHOTO_TYPES:
        return photo
    try:
        from PIL import Image
    except ImportError:
        return photo
    try:
        with Image.open(io.BytesIO(photo.data)) as image:
            out = io.BytesIO()
            # Transparency has no place in a JPEG: flatten onto white, as Instagram's own app does.
            flat = Image.new("RGB", image.size, (255, 255, 255))
            rgba = image.convert("RGBA")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            flat.save(out, format="JPEG", quality=92)
    except Exception:  # not an image Pillow can read: _check names the type instead
        return photo
    return replace(photo, data=out.getvalue(), mime_type="image/jpeg")


class PhotoHost(Protocol):
    """Puts a photo at a public address for Instagram to fetch, and withdraws it afterwards."""

    def url_for(self, photo: Photo) -> str: ...

    def withdraw(self, url: str) -> None: ...


_default_host: PhotoHost | None = None


def set_default_photo_host(host: PhotoHost | None) -> None:
    """The photo host every Instagram connector uses unless given one (the web app sets it)."""
    global _default_host
    _default_host = host


class InstagramConnector(Connector):
    platform = "instagram"
    capabilities = Capabilities(
        publish=True, delete=False, lookup=False, fetch_comments=True, reply=True,
        hide=True, delete_comment=True, max_photos=MAX_PHOTOS, max_chars=MAX_CAPTION,
        unhide=True, block=False, webhooks=False,
    )

    def __init__(self, credentials: Credentials, *, timeout: float = 20.0, photo_host: PhotoHost | None = None,
                 poll_every: float = 2.0, poll_limit: int = 30, sleep: Callable[[float], None] = time.sleep) -> None:
        super().__init__(credentials, timeout=timeout)
        self.user_id = credentials.handle
        name = credentials.extra.get("username") or credentials.handle
        self.photo_host = photo_host
        self._username = credentials.extra.get("username", "")
        self.poll_every, self.poll_limit, self.sleep = poll_every, poll_limit, sleep
        self.graph = GraphClient(credentials.base_url or DEFAULT_GRAPH, credentials.secret, platform="Instagram",
                                 account=f"the Instagram account {name}", timeout=timeout,
                                 secrets=(credentials.extra.get("app_secret", ""),))

    # -- posts -------------------------------------------------------------------------------------

    def publish(self, post: OutgoingPost) -> Published:
        if post.reply_to:
            return self._reply_to(post.reply_to, post.text)
        post = replace(post, photos=tuple(as_jpeg(photo) for photo in post.photos))
        self._check(post)
        host = self.photo_host or _default_host
        if host is None:
            raise ConnectorError("Instagram fetches photos from a public address, and safepost's public address "
                                 "is not configured (SAFEPOST_PUBLIC_URL); ask whoever runs safepost to set it",
                                 retryable=False)
        urls = [host.url_for(photo) for photo in post.photos]
        try:
            container = self._container(post, urls)
            self._wait_until_ready(container)
            answer = self.graph.post(f"{self.user_id}/media_publish", "publishing the post",
                                     {"creation_id": container})
        finally:
            for url in urls:
                host.withdraw(url)
        media_id = str(answer["id"])
        node = self.graph.get(media_id, "reading the published post back", {"fields": "id,permalink,timestamp"})
        return Published(remote_id=media_id, url=str(node.get("permalink") or ""),
                         published_at=parse_time(node.get("timestamp")) or datetime.now(UTC))

    def _container(self, post: OutgoingPost, urls: list[str]) -> str:
        if len(urls) == 1:
            answer = self.graph.post(f"{self.user_id}/media", "sending the photo", {
                "image_url": urls[0], "caption": post.text, "alt_text": post.photos[0].alt_text})
            return str(answer["id"])
        children = []
        for number, (url, photo) in enumerate(zip(urls, post.photos, strict=True), start=1):
            answer = self.graph.post(f"{self.user_id}/media", f"sending photo {number}", {
                "image_url": url, "is_carousel_item": "true", "alt_text": photo.alt_text})
            children.append(str(answer["id"]))
        for child in children:
            self._wait_until_ready(child)
        answer = self.graph.post(f"{self.user_id}/media", "putting the photos together", {
            "media_type": "CAROUSEL", "children": ",".join(children), "caption": post.text})
        return str(answer["id"])

    def _wait_until_ready(self, container: str) -> None:
        for _ in range(self.poll_limit):
            status = str(self.graph.get(container, "checking the upload", {"fields": "status_code"})
                         .get("status_code") or "")
            if status in ("FINISHED", "PUBLISHED"):
                return
            if status in ("ERROR", "EXPIRED"):
                raise ConnectorError(f"Instagram could not use the photo (its upload ended in {status}); check it "
                                     "is a JPEG under 8 MB and try again", retryable=status == "EXPIRED",
                                     detail=f"container status {status}")
            self.sleep(self.poll_every)
        raise ConnectorError("Instagram is still processing the photo; it will be tried again later",
                             retryable=True, detail="container still IN_PROGRESS")

    def _check(self, post: OutgoingPost) -> None:
        if not post.photos:
            raise ConnectorError("an Instagram post needs at least one photo", retryable=False)
        if len(post.text) > MAX_CAPTION:
            raise ConnectorError(f"the caption is {len(post.text):,} characters long; Instagram allows "
                                 f"{MAX_CAPTION:,}", retryable=False)
        if len(post.photos) > MAX_PHOTOS:
            raise ConnectorError(f"the post has {len(post.photos)} photos; an Instagram carousel holds at most "
                                 f"{MAX_PHOTOS}", retryable=False)
        for number, photo in enumerate(post.photos, start=1):
            if photo.mime_type not in PHOTO_TYPES:
                raise ConnectorError(f"photo {number} is {photo.mime_type!r}, which safepost could not turn into "
                                     "the JPEG Instagram takes", retryable=False)
            if len(photo.data) > MAX_PHOTO_BYTES:
                raise ConnectorError(f"photo {number} is {len(photo.data) / 1e6:.1f} MB; Instagram takes at most "
                                     f"{MAX_PHOTO_BYTES / 1e6:g} MB", retryable=False)
            if not photo.alt_text.strip():
                raise ConnectorError(f"photo {number} has no alt text; describe it for people who cannot see it",
                                     retryable=False)

    def find_published(self, idempotency_key: str) -> Published | None:
        return None  # nothing on Instagram can be found by key (capabilities.lookup is False)

    def delete(self, remote_id: str) -> None:
        raise NotSupported("Instagram's API cannot delete a post; delete it in the Instagram app "
                           "(… menu on the post, then Delete)")

    # -- comments ----------------------------------------------------------------------------------

    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        # The comments edge has no "since": every page is read and older comments left out here.
        own = self._own_username().lower()
        comments: list[RemoteComment] = []
        for media_id in dict.fromkeys(post_remote_ids):
            for node in self._comment_nodes(media_id):
                for comment in _comments_of(node, media_id):
                    mine = own and comment.author_handle.lower() == own
                    if not mine and (since is None or comment.created_at > since):
                        comments.append(comment)
        comments.sort(key=lambda comment: comment.created_at)
        return comments

    def _own_username(self) -> str:
        """The account's own username (its replies are not comments to moderate), asked once if the
        credentials do not carry it."""
        if not self._username:
            answer = self.graph.get(self.user_id, "reading the account's name", {"fields": "id,username"})
            self._username = str(answer.get("username") or "")
        return self._username

    def _comment_nodes(self, media_id: str) -> Iterator[dict[str, Any]]:
        page = self.graph.get(f"{media_id}/comments", "reading comments", {"fields": COMMENT_FIELDS, "limit": 50})
        while True:
            yield from (node for node in page.get("data") or [] if isinstance(node, dict))
            following = (page.get("paging") or {}).get("next")
            if not following or not page.get("data"):
                return
            page = self.graph.get_url(str(following), "reading more comments")

    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        # Replies can only hang from a top-level comment; Instagram would move them there anyway.
        return self._reply_to(comment.parent_remote_id or comment.remote_id, text)

    def _reply_to(self, comment_id: str, text: str) -> Published:
        if not text.strip():
            raise ConnectorError("the reply is empty", retryable=False)
        if len(text) > MAX_CAPTION:
            raise ConnectorError(f"the reply is {len(text):,} characters long; Instagram allows {MAX_CAPTION:,}",
                                 retryable=False)
        answer = self.graph.post(f"{comment_id}/replies", "publishing the reply", {"message": text})
        return Published(remote_id=str(answer["id"]), url="", published_at=datetime.now(UTC))

    def hide(self, comment: RemoteComment) -> None:
        self.graph.post(comment.remote_id, "hiding the comment", {"hide": "true"})

    def unhide(self, comment: RemoteComment) -> None:
        self.graph.post(comment.remote_id, "showing the comment again", {"hide": "false"})

    def delete_comment(self, comment: RemoteComment) -> None:
        self.graph.delete(comment.remote_id, "deleting the comment")

    def block(self, comment: RemoteComment) -> None:
        raise NotSupported("Instagram's API cannot block or restrict an account; do it in the Instagram app "
                           "(the person's profile, … menu, Block or Restrict)")

    # -- health ------------------------------------------------------------------------------------

    def health(self) -> Health:
        try:
            if self.credentials.extra.get("app_id") and self.credentials.extra.get("app_secret"):
                app_token = f"{self.credentials.extra['app_id']}|{self.credentials.extra['app_secret']}"
                info = self.graph.get("debug_token", "checking the access token",
                                      {"input_token": self.credentials.secret}, token=app_token).get("data") or {}
                expires = info.get("expires_at")
                if not info.get("is_valid") or (isinstance(expires, int)
                                                and 0 < expires <= datetime.now(UTC).timestamp()):
                    return Health.BAD_CREDENTIALS
            self.graph.get(self.user_id, "checking the account", {"fields": "id,username"})
        except ConnectorError as error:
            return health_of(error)
        if self.graph.last_usage is not None and self.graph.last_usage >= USAGE_LIMIT_PERCENT:
            return Health.RATE_LIMITED
        return Health.OK


def _comments_of(node: dict[str, Any], media_id: str) -> Iterator[RemoteComment]:
    """A top-level comment and the replies under it."""
    top = _comment(node, media_id, None)
    if top is None:
        return
    yield top
    replies = as_object(node.get("replies"))
    for reply in replies.get("data") or []:
        if isinstance(reply, dict):
            answer = _comment(reply, media_id, top.remote_id)
            if answer is not None:
                yield answer


def _comment(node: dict[str, Any], media_id: str, parent: str | None) -> RemoteComment | None:
    created = parse_time(node.get("timestamp"))
    if created is None or not node.get("id"):
        return None
    author = as_object(node.get("from"))
    username = str(node.get("username") or author.get("username") or "")
    return RemoteComment(remote_id=str(node["id"]), text=str(node.get("text") or ""), author_handle=username,
                         created_at=created, post_remote_id=media_id, parent_remote_id=parent)
