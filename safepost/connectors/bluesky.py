"""Bluesky (AT Protocol), with the ``atproto`` client, against any PDS.

Exactly once: the record key of a post is derived from the caller's idempotency key
(``record_key_for``), so a second ``publish`` with the same key finds the first post instead of
creating another, and ``find_published`` is a single ``com.atproto.repo.getRecord``.

Comments: a PDS alone has no thread index (that is the AppView's ``app.bsky.feed.getPostThread``
and ``app.bsky.notification.listNotifications``). ``fetch_comments`` therefore walks the repos the
PDS hosts (``com.atproto.sync.listRepos``) and reads their ``app.bsky.feed.post`` records, keeping
the replies whose ``reply.root`` or ``reply.parent`` is one of the official posts. That finds every
reply written by an account on the same PDS, which is what the local test server has; a production
deployment on the public network should read threads from the AppView instead (not built yet).

Hiding a comment uses the post's threadgate (``app.bsky.feed.threadgate``, ``hiddenReplies``): the
reply stays on its author's repo but Bluesky's apps fold it away. Deleting someone else's comment is
impossible on Bluesky (it is a record in their repo).
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, NoReturn
from urllib.parse import urlsplit

from atproto import Client, models
from atproto_client.exceptions import (
    InvokeTimeoutError,
    RateLimitExceededError,
    RequestErrorBase,
)
from atproto_client.request import Request

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

POST = "app.bsky.feed.post"
THREADGATE = "app.bsky.feed.threadgate"
DEFAULT_SERVER = "https://bsky.social"
DEFAULT_WEB = "https://bsky.app"
MAX_GRAPHEMES = 300  # app.bsky.feed.post text: maxGraphemes
MAX_TEXT_BYTES = 3000  # and maxLength in UTF-8 bytes
MAX_PHOTOS = 4  # app.bsky.embed.images
MAX_PHOTO_BYTES = 1_000_000  # app.bsky.embed.images#image: blob maxSize

_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
# Record keys derived from idempotency keys carry a timestamp inside this fixed, past window
# (2023-01-01 to 2026-01-01) so that no server or relay ever sees a record key "from the future".
_TID_WINDOW_START_US = 1_672_531_200_000_000
_TID_WINDOW_US = 1_767_225_600_000_000 - _TID_WINDOW_START_US

_LINK = re.compile(r"https?://[^\s<>\"']+")
_MENTION = re.compile(r"(?:^|(?<=[\s(]))@([a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)+)")


def record_key_for(idempotency_key: str) -> str:
    """A valid TID (13 characters, base32-sortable) that depends only on the idempotency key.

    64 bits: a zero top bit, 53 bits of microseconds and 10 bits of "clock id", all taken from a
    SHA-256 of the key. Two different keys collide with odds of about 1 in 2^56.
    """
    digest = int.from_bytes(hashlib.sha256(b"safepost/bluesky/rkey\0" + idempotency_key.encode()).digest()[:8], "big")
    micros = _TID_WINDOW_START_US + (digest >> 10) % _TID_WINDOW_US
    value = (micros << 10) | (digest & 0x3FF)
    return "".join(_TID_ALPHABET[(value >> (5 * shift)) & 31] for shift in range(12, -1, -1))


def grapheme_count(text: str) -> int:
    """User-perceived characters, close to what Bluesky counts (Intl.Segmenter).

    Combining marks, variation selectors, skin-tone modifiers, emoji tag characters and anything
    joined by a zero-width joiner belong to the character before them; a pair of regional
    indicators is one flag; CR LF is one. The PDS checks the exact limit again, so a rare
    disagreement only changes which of the two messages a person reads.
    """
    count = 0
    previous = ""
    regional_open = False
    for char in text:
        code = ord(char)
        joins_previous = bool(previous) and (
            unicodedata.category(char) in ("Mn", "Me", "Mc")
            or 0xFE00 <= code <= 0xFE0F
            or 0xE0100 <= code <= 0xE01EF
            or 0x1F3FB <= code <= 0x1F3FF
            or 0xE0020 <= code <= 0xE007F
            or code == 0x200D
            or previous == "\u200d"
            or (previous == "\r" and char == "\n")
            or (regional_open and 0x1F1E6 <= code <= 0x1F1FF)
        )
        # The first of a pair of regional indicators opens a flag, the second closes it.
        regional_open = 0x1F1E6 <= code <= 0x1F1FF and not (joins_previous and regional_open)
        if not joins_previous:
            count += 1
        previous = char
    return count


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")




def _split_uri(uri: str) -> tuple[str, str, str]:
    """``at://did/collection/rkey`` -> (did, collection, rkey), or a plain-words ConnectorError."""
    parts = uri.removeprefix("at://").split("/") if uri.startswith("at://") else []
    if len(parts) != 3 or not all(parts):
        raise ConnectorError(f"{uri!r} is not the address of a Bluesky post (at://did/collection/key)", retryable=False)
    return parts[0], parts[1], parts[2]


def _xrpc_error(content: object) -> tuple[str, str]:
    """(error name, message) from an XRPC error body, whatever shape the client left it in."""
    error = getattr(content, "error", None)
    message = getattr(content, "message", None)
    if isinstance(content, dict):
        error, message = content.get("error"), content.get("message")
    return str(error or ""), str(message or "")


def _aspect_ratio(photo: Photo) -> dict[str, int] | None:
    """Width and height when Pillow is installed and can read the photo; Bluesky lays it out better."""
    try:
        from PIL import Image
    except ImportError:
        return None
    try:
        with Image.open(io.BytesIO(photo.data)) as image:
            width, height = image.size
    except Exception:  # any unreadable image: the ratio is optional, the PDS judges the blob
        return None
    return {"width": width, "height": height} if width and height else None


class BlueskyConnector(Connector):
    platform = "bluesky"
    capabilities = Capabilities(
        publish=True, delete=True, lookup=True, fetch_comments=True, reply=True,
        hide=True, delete_comment=False, max_photos=MAX_PHOTOS, max_chars=MAX_GRAPHEMES,
    )

    def __init__(self, credentials: Credentials, *, timeout: float = 20.0) -> None:
        super().__init__(credentials, timeout=timeout)
        self.server = (credentials.base_url or DEFAULT_SERVER).rstrip("/")
        self.web = credentials.extra.get("web_url", DEFAULT_WEB).rstrip("/")
        self._client: Client | None = None
        self._did = ""

    # -- the interface -------------------------------------------------------------------------

    def publish(self, post: OutgoingPost) -> Published:
        self._check_post(post)
        rkey = record_key_for(post.idempotency_key)
        existing = self._get_post(rkey)
        if existing is not None:
            return existing
        record = self._post_record(post)
        try:
            with self._translated("publishing the post"):
                self._procedure("com.atproto.repo.createRecord", models.ComAtprotoRepoCreateRecord.Data(
                    repo=self._session_did(), collection=POST, rkey=rkey, record=record))
        except ConnectorError:
            # Two publishes with one key raced, or a retry after a lost answer: the record key is
            # taken, so the post exists. Anything else is a real failure.
            existing = self._get_post(rkey)
            if existing is not None:
                return existing
            raise
        published = self._get_post(rkey)
        if published is None:
            raise ConnectorError("Bluesky accepted the post but does not show it; try again in a minute",
                                 retryable=True)
        return published

    def find_published(self, idempotency_key: str) -> Published | None:
        return self._get_post(record_key_for(idempotency_key))

    def delete(self, remote_id: str) -> None:
        did, collection, rkey = _split_uri(remote_id)
        if did != self._session_did():
            raise ConnectorError(f"{remote_id} is not a post of @{self.credentials.handle}, so it cannot be deleted",
                                 retryable=False)
        with self._translated("deleting the post"):
            # Deleting a record that is already gone succeeds on a PDS: nothing to special-case.
            self._procedure("com.atproto.repo.deleteRecord", models.ComAtprotoRepoDeleteRecord.Data(
                repo=did, collection=collection, rkey=rkey))

    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        wanted = set(post_remote_ids)
        if not wanted:
            return []
        own = self._session_did()
        comments: list[RemoteComment] = []
        for did in self._hosted_repos():
            if did == own:
                continue
            handle = ""
            for uri, value in self._records(did, POST):
                comment = self._as_comment(uri, value, wanted, since)
                if comment is None:
                    continue
                handle = handle or self._handle_of(did)
                comments.append(replace(comment, author_handle=handle))
        comments.sort(key=lambda comment: comment.created_at)
        return comments

    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        return self.publish(OutgoingPost(text=text, idempotency_key=idempotency_key, reply_to=comment.remote_id))

    def hide(self, comment: RemoteComment) -> None:
        did, _, rkey = _split_uri(comment.post_remote_id)
        if did != self._session_did():
            raise NotSupported("Bluesky lets an account hide replies only under its own posts")
        post = self._get_record(did, POST, rkey)
        if post is None:
            raise ConnectorError("the post this reply belongs to is no longer on Bluesky", retryable=False)
        if post.get("reply"):
            # A threadgate only governs the thread its post starts.
            raise NotSupported("Bluesky can hide replies only under a post that starts a thread")
        gate = self._get_record(did, THREADGATE, rkey)
        value: dict[str, Any] = dict(gate) if gate else {"$type": THREADGATE, "post": comment.post_remote_id,
                                                         "createdAt": _now()}
        # No "allow" key: replies stay open to everyone, only these are folded away.
        hidden = list(value.get("hiddenReplies") or [])
        if comment.remote_id in hidden:
            return
        value["hiddenReplies"] = [*hidden, comment.remote_id]
        try:
            with self._translated("hiding the reply"):
                self._procedure("com.atproto.repo.putRecord", models.ComAtprotoRepoPutRecord.Data(
                    repo=did, collection=THREADGATE, rkey=rkey, record=value))
        except ConnectorError as error:
            if error.status == 400 and "hiddenReplies" in error.message:
                raise NotSupported("this Bluesky server does not accept hidden replies") from error
            raise

    def delete_comment(self, comment: RemoteComment) -> None:
        raise NotSupported("Bluesky cannot delete another account's reply; hide it instead, or report it")

    def health(self) -> Health:
        try:
            self._session_did()
            with self._translated("asking the server about itself"):
                self._query("com.atproto.server.describeServer")
        except ConnectorError as error:
            if error.status == 429:
                return Health.RATE_LIMITED
            return Health.UNREACHABLE if error.retryable else Health.BAD_CREDENTIALS
        return Health.OK

    # -- posts -----------------------------------------------------------------------------------

    def _check_post(self, post: OutgoingPost) -> None:
        if not post.text.strip() and not post.photos:
            raise ConnectorError("the post has no text and no photo", retryable=False)
        graphemes = grapheme_count(post.text)
        if graphemes > MAX_GRAPHEMES:
            raise ConnectorError(f"the text is {graphemes} characters long; Bluesky allows {MAX_GRAPHEMES}. "
                                 "Shorten it before publishing", retryable=False)
        if len(post.text.encode()) > MAX_TEXT_BYTES:
            raise ConnectorError(f"the text is too long for Bluesky ({len(post.text.encode())} bytes; "
                                 f"at most {MAX_TEXT_BYTES})", retryable=False)
        if len(post.photos) > MAX_PHOTOS:
            raise ConnectorError(f"the post has {len(post.photos)} photos; Bluesky allows {MAX_PHOTOS}",
                                 retryable=False)
        for number, photo in enumerate(post.photos, start=1):
            if not photo.mime_type.startswith("image/"):
                raise ConnectorError(f"photo {number} is {photo.mime_type!r}, not an image", retryable=False)
            if len(photo.data) > MAX_PHOTO_BYTES:
                raise ConnectorError(f"photo {number} is {len(photo.data) / 1e6:.1f} MB; Bluesky accepts at most "
                                     f"{MAX_PHOTO_BYTES / 1e6:g} MB per photo", retryable=False)

    def _post_record(self, post: OutgoingPost) -> dict[str, Any]:
        record: dict[str, Any] = {"$type": POST, "text": post.text, "createdAt": _now()}
        facets = self._facets(post.text)
        if facets:
            record["facets"] = facets
        if post.photos:
            record["embed"] = {"$type": "app.bsky.embed.images",
                               "images": [self._image(number, photo) for number, photo in enumerate(post.photos, 1)]}
        if post.reply_to:
            record["reply"] = self._reply_refs(post.reply_to)
        return record

    def _image(self, number: int, photo: Photo) -> dict[str, Any]:
        with self._translated(f"uploading photo {number}"):
            # Raw bytes with the photo's own type (the client's upload_blob sends "*/*").
            answer = self._signed_in().invoke_procedure(
                "com.atproto.repo.uploadBlob", content=photo.data, headers={"Content-Type": photo.mime_type})
        blob = answer.content.get("blob") if isinstance(answer.content, dict) else None
        if not isinstance(blob, dict):
            raise ConnectorError(f"Bluesky did not store photo {number}; try again", retryable=True)
        image: dict[str, Any] = {"alt": photo.alt_text, "image": blob}
        ratio = _aspect_ratio(photo)
        if ratio:
            image["aspectRatio"] = ratio
        return image

    def _reply_refs(self, uri: str) -> dict[str, Any]:
        """Root and parent strong references (uri + cid) for a reply to ``uri``."""
        did, collection, rkey = _split_uri(uri)
        with self._translated("looking up the post being answered"):
            answer = self._query("com.atproto.repo.getRecord", models.ComAtprotoRepoGetRecord.Params(
                repo=did, collection=collection, rkey=rkey))
        parent = {"uri": answer["uri"], "cid": answer["cid"]}
        root = (answer.get("value") or {}).get("reply", {}).get("root") or parent
        return {"root": {"uri": root["uri"], "cid": root["cid"]}, "parent": parent}

    def _facets(self, text: str) -> list[dict[str, Any]]:
        """Links and resolvable @mentions, as byte ranges (what Bluesky's rich text uses)."""
        facets: list[dict[str, Any]] = []

        def span(start: int, end: int) -> dict[str, int]:
            return {"byteStart": len(text[:start].encode()), "byteEnd": len(text[:end].encode())}

        for match in _LINK.finditer(text):
            link = match.group().rstrip(".,;:!?)")
            facets.append({"index": span(match.start(), match.start() + len(link)),
                           "features": [{"$type": "app.bsky.richtext.facet#link", "uri": link}]})
        for match in _MENTION.finditer(text):
            did = self._resolve_handle(match.group(1))
            if did:
                facets.append({"index": span(match.start(), match.end()),
                               "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}]})
        return facets

    def _resolve_handle(self, handle: str) -> str | None:
        try:
            with self._translated("resolving a mention"):
                answer = self._query("com.atproto.identity.resolveHandle",
                                     models.ComAtprotoIdentityResolveHandle.Params(handle=handle))
        except ConnectorError as error:
            if error.retryable:
                raise
            return None  # not a handle anyone has: the text stays plain
        did = answer.get("did")
        return did if isinstance(did, str) else None

    def _get_post(self, rkey: str) -> Published | None:
        did = self._session_did()
        value = self._get_record(did, POST, rkey)
        if value is None:
            return None
        return Published(remote_id=f"at://{did}/{POST}/{rkey}", url=f"{self.web}/profile/{did}/post/{rkey}",
                         published_at=parse_time(value.get("createdAt")))

    def _get_record(self, did: str, collection: str, rkey: str) -> dict[str, Any] | None:
        try:
            with self._translated("looking the post up"):
                answer = self._query("com.atproto.repo.getRecord", models.ComAtprotoRepoGetRecord.Params(
                    repo=did, collection=collection, rkey=rkey))
        except ConnectorError as error:
            if error.status in (400, 404) and "RecordNotFound" in error.detail:
                return None
            raise
        value = answer.get("value")
        return value if isinstance(value, dict) else None

    # -- comments --------------------------------------------------------------------------------

    def _hosted_repos(self) -> Iterator[str]:
        cursor: str | None = None
        while True:
            with self._translated("listing the accounts on the server"):
                page = self._query("com.atproto.sync.listRepos", models.ComAtprotoSyncListRepos.Params(
                    limit=1000, cursor=cursor))
            for repo in page.get("repos") or []:
                if repo.get("active", True):
                    yield str(repo["did"])
            cursor = page.get("cursor")
            if not cursor or not page.get("repos"):
                return

    def _records(self, did: str, collection: str) -> Iterator[tuple[str, dict[str, Any]]]:
        cursor: str | None = None
        while True:
            with self._translated("reading replies"):
                page = self._query("com.atproto.repo.listRecords", models.ComAtprotoRepoListRecords.Params(
                    repo=did, collection=collection, limit=100, cursor=cursor))
            for record in page.get("records") or []:
                if isinstance(record.get("value"), dict):
                    yield str(record["uri"]), record["value"]
            cursor = page.get("cursor")
            if not cursor or not page.get("records"):
                return

    def _as_comment(self, uri: str, value: dict[str, Any], wanted: set[str],
                    since: datetime | None) -> RemoteComment | None:
        reply = value.get("reply")
        if not isinstance(reply, dict):
            return None
        root = str((reply.get("root") or {}).get("uri", ""))
        parent = str((reply.get("parent") or {}).get("uri", ""))
        post = root if root in wanted else parent if parent in wanted else None
        created = parse_time(value.get("createdAt"))
        if post is None or created is None or (since is not None and created <= since):
            return None
        did, _, rkey = _split_uri(uri)
        return RemoteComment(
            remote_id=uri, text=str(value.get("text", "")), author_handle="", created_at=created,
            post_remote_id=post, parent_remote_id=parent if parent != post else None,
            url=f"{self.web}/profile/{did}/post/{rkey}",
        )

    def _handle_of(self, did: str) -> str:
        with self._translated("looking up who replied"):
            answer = self._query("com.atproto.repo.describeRepo",
                                 models.ComAtprotoRepoDescribeRepo.Params(repo=did))
        return str(answer.get("handle") or did)

    # -- the session and the wire ----------------------------------------------------------------

    def _session_did(self) -> str:
        """Sign in once per connector; the DID of the official account."""
        if self._client is None:
            client = Client(base_url=f"{self.server}/xrpc", request=Request(timeout=self.timeout))
            with self._translated("signing in", signing_in=True):
                client.login(self.credentials.handle, self.credentials.secret, fetch_bsky_profile=False)
            self._client = client
            with self._translated("signing in"):
                self._did = str(self._query("com.atproto.server.getSession")["did"])
        return self._did

    def _signed_in(self) -> Client:
        self._session_did()
        assert self._client is not None
        return self._client

    def _query(self, nsid: str, params: Any = None) -> dict[str, Any]:
        answer = self._signed_in().invoke_query(nsid, params=params)
        return answer.content if isinstance(answer.content, dict) else {}

    def _procedure(self, nsid: str, data: Any) -> dict[str, Any]:
        answer = self._signed_in().invoke_procedure(nsid, data=data, input_encoding="application/json")
        return answer.content if isinstance(answer.content, dict) else {}

    @contextmanager
    def _translated(self, doing: str, *, signing_in: bool = False) -> Iterator[None]:
        """Turn the client's exceptions into ConnectorError with plain words and no secret."""
        try:
            yield
        except InvokeTimeoutError:
            self._fail(f"Bluesky at {self._host()} did not answer within {self.timeout:g} seconds "
                       f"while {doing}", retryable=True)
        except RequestErrorBase as error:
            self._fail_from_response(error, doing, signing_in)

    def _fail_from_response(self, error: RequestErrorBase, doing: str, signing_in: bool) -> NoReturn:
        if error.response is None:
            self._fail(f"could not reach Bluesky at {self._host()} while {doing}", retryable=True)
        status = error.response.status_code
        name, message = _xrpc_error(error.response.content)
        detail = f"{name}: {message}" if message else name
        if status == 429:
            retry_after = error.retry_after if isinstance(error, RateLimitExceededError) else None
            self._fail(f"Bluesky is rate-limiting @{self.credentials.handle} ({doing}); it will be tried again "
                       "later", retryable=True, status=status, retry_after=retry_after, detail=detail)
        if status >= 500 or status == 408:
            self._fail(f"Bluesky at {self._host()} had a problem while {doing} ({status} {detail})".rstrip(),
                       retryable=True, status=status, detail=detail)
        if signing_in and status in (400, 401, 403):
            self._fail(f"Bluesky refused the password for @{self.credentials.handle} ({message or name}); "
                       "check the handle and app password in the account settings",
                       retryable=False, status=status, detail=detail)
        self._fail(f"Bluesky refused {doing} for @{self.credentials.handle}: {message or name or status}",
                   retryable=False, status=status, detail=detail)

    def _fail(self, message: str, *, retryable: bool, status: int | None = None,
              retry_after: float | None = None, detail: str = "") -> NoReturn:
        secret = self.credentials.secret
        if secret:
            message, detail = message.replace(secret, "<hidden>"), detail.replace(secret, "<hidden>")
        raise ConnectorError(message, retryable=retryable, status=status, retry_after=retry_after,
                             detail=detail) from None

    def _host(self) -> str:
        return urlsplit(self.server).netloc or self.server
