"""Mastodon (and servers that speak its REST API), plain HTTP through ``connectors/http.py``.

The school connects with its server's address (``Credentials.base_url``, e.g.
``https://mastodon.social``) and an access token (``Credentials.secret``) made under Preferences >
Development > New application, with the scopes ``read write:statuses write:media write:blocks``.
``Credentials.handle`` (``@school@mastodon.social``) only names the account in messages.

What it does, as docs.joinmastodon.org describes the API:

* publish: each photo goes to ``POST /api/v2/media`` with its alt text as ``description``; while
  the server is still processing it (202, ``url`` null) ``GET /api/v1/media/:id`` is polled until
  it answers 200. Then ``POST /api/v1/statuses`` with ``media_ids`` and an ``Idempotency-Key``
  header derived from the caller's key, so a retry within the hour Mastodon keeps keys for returns
  the first status instead of posting twice.
* find_published: Mastodon cannot look a status up by idempotency key once published, and nothing
  invisible can be stored in a status, so ``Capabilities.lookup`` is False and this returns None:
  the caller relies on the header (a retry within an hour) or asks a person.
* comments: the replies under each official post are its thread
  (``GET /api/v1/statuses/:id/context``, ``descendants``), which holds every reply whether or not
  it mentions the school. To spare the rate limit (300 requests per 5 minutes), the posts are
  first read in batches of 20 (``GET /api/v1/statuses?id[]=``, Mastodon 4.3+) and only those with
  ``replies_count`` above 0 are opened; an older server gets a context call per post. Mention
  notifications are not read: a mention under an official post is already in its thread, and one
  elsewhere has no post to hang from (the inbox's mention feeds watch those).
* reply: a status ``in_reply_to_id`` the comment, starting with ``@author`` (unless the text already
  names them) so they are notified, at the comment's own visibility when that is narrower.
* hide and delete_comment: not possible (Mastodon has no hidden replies; only the author or the
  server's moderators delete a status). block: ``POST /api/v1/accounts/:id/block``.
* health: ``GET /api/v1/accounts/verify_credentials``.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from html.parser import HTMLParser
from typing import Any

import httpx

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
    parse_time,
)
from safepost.connectors.http import (
    HttpClient,
    PlatformError,
    RetryPolicy,
    generic_error,
    health_from,
    mastodon_rate_limit,
)

MAX_CHARS = 500  # the default; a server may allow more, and says so in a 422 when the text is over its own
MAX_PHOTOS = 4
MAX_PHOTO_BYTES = 16 * 1024 * 1024  # Mastodon 4.x's image limit
MAX_ALT_TEXT = 1500  # MediaAttachment description
MEDIA_WAIT = 30.0  # seconds to wait for the server to finish processing a photo
MEDIA_POLL = 1.0
BATCH = 20  # statuses per GET /api/v1/statuses?id[]=
QUICK = RetryPolicy(attempts=2, base_delay=1.0, max_delay=2.0, budget=10.0)  # the account check
NARROW_VISIBILITY = ("unlisted", "private", "direct")
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")  # Mastodon's ids are numbers; other servers use ULIDs


def idempotency_header(key: str) -> str:
    """The Idempotency-Key for a caller's key: fixed length, plain characters."""
    return hashlib.sha256(b"safepost/mastodon\0" + key.encode()).hexdigest()


class _Text(HTMLParser):
    """A status's HTML ``content`` as the plain text a person reads: paragraphs become blank
    lines, ``<br>`` a new line, and links their full address (Mastodon hides part of a long
    address in ``<span class="invisible">`` but keeps it in the text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.paragraphs = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p":
            if self.paragraphs:
                self.parts.append("\n\n")
            self.paragraphs += 1

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(content: str) -> str:
    parser = _Text()
    parser.feed(content)
    parser.close()
    return "".join(parser.parts).strip()


def _mastodon_error(response: httpx.Response) -> PlatformError:
    """Mastodon's ``{"error": "..."}`` bodies, with plain words for the refusals staff will meet."""
    said = generic_error(response)
    text = said.text
    over = re.search(r"character limit of (\d+) exceeded", text)
    if over:
        return replace(said, message=f"the text is longer than the {over.group(1)} characters this Mastodon server "
                                     "allows; shorten it and publish again")
    if "can't be blank" in text:
        return replace(said, message="Mastodon needs some text or a photo in a post")
    if "not finished processing" in text:
        return replace(said, retryable=True, message="Mastodon is still processing a photo; it will be tried "
                                                     "again in a moment")
    if "content type is invalid" in text or "File is invalid" in text:
        return replace(said, message="Mastodon does not accept this file as a photo; use a JPEG or PNG")
    if "more than 4" in text or "Cannot attach more" in text:
        return replace(said, message=f"Mastodon allows at most {MAX_PHOTOS} photos in a post")
    return said




def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class MastodonConnector(Connector):
    platform = "mastodon"
    capabilities = Capabilities(
        publish=True, delete=True, lookup=False, fetch_comments=True, reply=True, hide=False,
        delete_comment=False, max_photos=MAX_PHOTOS, max_chars=MAX_CHARS, unhide=False, block=True,
        webhooks=False, key_window=3600.0,
    )

    def __init__(self, credentials: Credentials, *, timeout: float = 20.0, retry: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.time) -> None:
        super().__init__(credentials, timeout=timeout)
        self.server = credentials.base_url.strip().rstrip("/")
        self._sleep = sleep
        self._clock = clock
        self._me_cache: dict[str, Any] | None = None
        self._http = HttpClient(
            platform="Mastodon", base_url=self.server or "https://invalid.invalid",
            account=credentials.handle or "the school's Mastodon account", token=credentials.secret,
            timeout=timeout, retry=retry, rate_limit=mastodon_rate_limit, describe_error=_mastodon_error,
            sleep=sleep, clock=clock)

    def __repr__(self) -> str:
        return f"MastodonConnector(server={self.server!r}, handle={self.credentials.handle!r})"

    # -- the interface -------------------------------------------------------------------------

    def publish(self, post: OutgoingPost) -> Published:
        self._check_post(post)
        media_ids = [self._upload(number, photo) for number, photo in enumerate(post.photos, start=1)]
        return self._post_status(post.text, post.idempotency_key, media_ids=media_ids, reply_to=post.reply_to,
                                 visibility="public", doing="publishing the post")

    def find_published(self, idempotency_key: str) -> Published | None:
        # Mastodon keeps idempotency keys for an hour and cannot be asked about them: publish
        # again with the same key within the hour instead (capabilities.lookup is False).
        return None

    def delete(self, remote_id: str) -> None:
        status_id = self._checked_id(remote_id, "post")
        # 404: already gone (or never this account's, which Mastodon does not tell apart).
        self._http.request("DELETE", f"/api/v1/statuses/{status_id}", doing="deleting the post", ok=(404,))

    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        wanted = list(dict.fromkeys(self._checked_id(post_id, "post") for post_id in post_remote_ids))
        if not wanted:
            return []
        me = str(self._me()["id"])
        found: dict[str, RemoteComment] = {}
        for post_id in self._posts_with_replies(wanted):
            for status in self._descendants(post_id):
                comment = self._as_comment(status, post_id, me, since)
                if comment is not None and comment.remote_id not in found:
                    found[comment.remote_id] = comment
        return sorted(found.values(), key=lambda comment: (comment.created_at, comment.remote_id))

    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        status = self._status(comment.remote_id, doing="looking up the comment being answered")
        author = str(status["account"]["acct"])
        mention = f"@{author}"
        if not re.search(rf"(?<![\w@]){re.escape(mention)}(?![\w@]|\.\w)", text, re.IGNORECASE):
            text = f"{mention} {text}"
        visibility = status.get("visibility")
        return self._post_status(text, idempotency_key, media_ids=[], reply_to=comment.remote_id,
                                 visibility=visibility if visibility in NARROW_VISIBILITY else "public",
                                 doing="replying to the comment")

    def hide(self, comment: RemoteComment) -> None:
        raise NotSupported("Mastodon has no way to hide a reply under a post; block the account, or report the "
                           "reply to the server's moderators")

    def delete_comment(self, comment: RemoteComment) -> None:
        raise NotSupported("on Mastodon only the author or the server's moderators can delete a reply; block the "
                           "account, or report the reply to the server's moderators")

    def block(self, comment: RemoteComment) -> None:
        account_id = comment.author_remote_id or str(
            self._status(comment.remote_id, doing="looking up who wrote the comment")["account"]["id"])
        account_id = self._checked_id(account_id, "account")
        # Blocking an account already blocked answers 200 again: safe to repeat.
        self._http.json("POST", f"/api/v1/accounts/{account_id}/block", doing="blocking the account",
                        idempotent=True)

    def health(self) -> Health:
        try:
            self._me(refresh=True)
        except ConnectorError as error:
            return health_from(error)
        return Health.OK

    # -- posts -----------------------------------------------------------------------------------

    def _check_post(self, post: OutgoingPost) -> None:
        if not self.server.startswith(("https://", "http://")):
            raise ConnectorError("the Mastodon account has no server address (like https://mastodon.social); "
                                 "add it in the account settings", retryable=False)
        if not post.text.strip() and not post.photos:
            raise ConnectorError("the post has no text and no photo", retryable=False)
        if len(post.photos) > MAX_PHOTOS:
            raise ConnectorError(f"the post has {len(post.photos)} photos; Mastodon allows {MAX_PHOTOS}",
                                 retryable=False)
        for number, photo in enumerate(post.photos, start=1):
            if not photo.mime_type.startswith("image/"):
                raise ConnectorError(f"photo {number} is {photo.mime_type!r}, not an image", retryable=False)
            if len(photo.data) > MAX_PHOTO_BYTES:
                raise ConnectorError(f"photo {number} is {len(photo.data) / 1e6:.1f} MB; Mastodon accepts at most "
                                     f"{MAX_PHOTO_BYTES / 1e6:.0f} MB per photo", retryable=False)
            if len(photo.alt_text) > MAX_ALT_TEXT:
                raise ConnectorError(f"the description of photo {number} is {len(photo.alt_text)} characters "
                                     f"long; Mastodon allows {MAX_ALT_TEXT}", retryable=False)

    def _upload(self, number: int, photo: Photo) -> str:
        extension = {"image/jpeg": ".jpg", "image/png": ".png", "image/gif": ".gif", "image/webp": ".webp"}
        doing = f"uploading photo {number}"
        # An upload repeated after a lost answer only leaves an unused attachment, which Mastodon
        # clears away itself: safe to retry.
        media = self._http.json(
            "POST", "/api/v2/media", doing=doing, idempotent=True, data={"description": photo.alt_text},
            files={"file": (f"photo-{number}{extension.get(photo.mime_type, '')}", photo.data, photo.mime_type)})
        media_id = str(media["id"])
        deadline = self._clock() + MEDIA_WAIT
        while media.get("url") is None:  # 202: still processing
            if self._clock() >= deadline:
                raise ConnectorError(f"Mastodon is still processing photo {number} after {MEDIA_WAIT:g} seconds; "
                                     "it will be tried again", retryable=True, retry_after=60.0)
            self._sleep(MEDIA_POLL)
            response = self._http.request("GET", f"/api/v1/media/{self._checked_id(media_id, 'photo')}",
                                          doing=f"waiting for photo {number} to be processed", ok=(206,))
            media = response.json() if response.status_code == 200 else {"url": None}
        return media_id

    def _post_status(self, text: str, key: str, *, media_ids: list[str], reply_to: str | None, visibility: str,
                     doing: str) -> Published:
        body: dict[str, Any] = {"status": text, "visibility": visibility}
        if media_ids:
            body["media_ids"] = media_ids
        if reply_to:
            body["in_reply_to_id"] = self._checked_id(reply_to, "post")
        status = self._http.json("POST", "/api/v1/statuses", doing=doing, json=body,
                                 headers={"Idempotency-Key": idempotency_header(key)})
        return Published(remote_id=str(status["id"]), url=str(status.get("url") or status.get("uri") or ""),
                         published_at=parse_time(status.get("created_at")))

    def _status(self, status_id: str, *, doing: str) -> dict[str, Any]:
        response = self._http.request("GET", f"/api/v1/statuses/{self._checked_id(status_id, 'post')}",
                                      doing=doing, ok=(404,))
        if response.status_code == 404:
            raise ConnectorError("that comment is no longer on Mastodon (deleted, or its author made it private)",
                                 retryable=False, status=404)
        status: dict[str, Any] = response.json()
        return status

    # -- comments --------------------------------------------------------------------------------

    def _posts_with_replies(self, wanted: list[str]) -> list[str]:
        """The official posts that have replies, in the order given; all of them on an old server."""
        counts: dict[str, int] = {}
        for chunk in _chunks(wanted, BATCH):
            response = self._http.request("GET", "/api/v1/statuses", doing="reading the school's posts",
                                          params=[("id[]", post_id) for post_id in chunk], ok=(404, 405))
            if response.status_code in (404, 405):  # before Mastodon 4.3 (or another server): no batch read
                return wanted
            for status in response.json():
                counts[str(status["id"])] = int(status.get("replies_count") or 0)
        return [post_id for post_id in wanted if counts.get(post_id, 0) > 0]

    def _descendants(self, post_id: str) -> list[dict[str, Any]]:
        response = self._http.request("GET", f"/api/v1/statuses/{post_id}/context", doing="reading replies",
                                      ok=(404,))
        if response.status_code == 404:
            return []  # the post is gone: no replies to read
        descendants = response.json().get("descendants")
        return descendants if isinstance(descendants, list) else []

    def _as_comment(self, status: dict[str, Any], post_id: str, me: str,
                    since: datetime | None) -> RemoteComment | None:
        account = status.get("account") or {}
        created = parse_time(status.get("created_at"))
        if str(account.get("id")) == me or created is None or (since is not None and created <= since):
            return None
        text = html_to_text(str(status.get("content") or ""))
        warning = str(status.get("spoiler_text") or "").strip()
        if warning:  # a content warning is part of what the author said
            text = f"{warning}\n\n{text}"
        parent = status.get("in_reply_to_id")
        return RemoteComment(
            remote_id=str(status["id"]), text=text, author_handle=str(account.get("acct") or ""),
            created_at=created, post_remote_id=post_id,
            parent_remote_id=str(parent) if parent and str(parent) != post_id else None,
            url=str(status.get("url") or status.get("uri") or ""),
            author_name=str(account.get("display_name") or ""), author_remote_id=str(account.get("id") or ""))

    # -- the account -----------------------------------------------------------------------------

    def _me(self, *, refresh: bool = False) -> dict[str, Any]:
        if self._me_cache is None or refresh:
            if not self.server.startswith(("https://", "http://")):
                raise ConnectorError("the Mastodon account has no server address (like https://mastodon.social); "
                                     "add it in the account settings", retryable=False, bad_credentials=True)
            # A person may be waiting on the account page: two tries within 10 seconds at most.
            self._me_cache = self._http.json("GET", "/api/v1/accounts/verify_credentials",
                                             doing="checking the account", retry=QUICK)
        return self._me_cache

    @staticmethod
    def _checked_id(value: str, what: str) -> str:
        if not _ID.fullmatch(value or ""):
            raise ConnectorError(f"{value!r} is not the id of a Mastodon {what}", retryable=False)
        return value
