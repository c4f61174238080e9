"""YouTube: the comments on the school's videos, through the YouTube Data API v3.

Schools upload their videos in YouTube Studio (a video needs its own checks: faces, music rights,
captions), so this connector does not publish or delete videos: ``publish`` and ``delete`` raise
NotSupported and ``Capabilities`` says so. It reads, answers and moderates comments.

Documentation followed (developers.google.com/youtube/v3/docs, read December 2026):

- ``commentThreads.list`` (GET /youtube/v3/commentThreads): ``part=snippet,replies``, ``videoId`` or
  ``allThreadsRelatedToChannelId``, ``maxResults`` up to 100, ``pageToken``/``nextPageToken``,
  ``order=time``, ``textFormat=plainText``, and ``moderationStatus`` (``published``, the default, or
  ``heldForReview``, which only the channel's owner may list). There is no "since" parameter: the
  connector pages newest first and filters by ``publishedAt`` itself, stopping after the first
  page that reaches back past ``since``. A thread carries only some of its replies; when ``totalReplyCount`` is larger,
  ``comments.list`` with ``parentId`` pages through them all. 1 quota unit a page.
- ``comments.insert`` (POST /youtube/v3/comments?part=snippet, ``{"snippet": {"parentId",
  "textOriginal"}}``): a reply; replies hang from the top-level comment (one level). 50 units.
- ``comments.setModerationStatus`` (POST, query ``id``, ``moderationStatus`` = ``heldForReview`` |
  ``published`` | ``rejected``, ``banAuthor`` only with ``rejected``; answers 204): hide =
  heldForReview (reversible: unhide = published), delete someone else's comment = rejected ("to
  remove a comment authored by another user from your channel or video, set its moderation status
  to rejected"), block = rejected with banAuthor. 50 units each.
- ``comments.delete`` (DELETE /youtube/v3/comments?id=, 204): only for the channel's own comments.
- ``channels.list`` (``part=id,snippet``, ``mine=true``): the health check. 1 unit.
- Errors (docs/errors): ``{"error": {"code", "message", "errors": [{"message", "domain", "reason"}]}}``;
  ``quotaExceeded`` (403, domain youtube.quota): the project's daily allowance (10,000 units by
  default) is spent until midnight Pacific time; ``rateLimitExceeded``/``userRateLimitExceeded``
  (403 or 429): too fast, retried with backoff; 401 ``authError``: the token was refused.

Sign-in: an OAuth 2.0 access token with the ``youtube.force-ssl`` scope (Google's web-server flow,
handled by safepost; see ``safepost.accounts.oauth``). An API key alone cannot list held comments or
moderate, so the connector uses the token for everything. Google access tokens last an hour; the
refresh happens before a connector is made (Google's refresh tokens are not single-use, but one
place does it for both platforms).

Exactly once: a reply has no idempotency key on YouTube, so before inserting one the connector reads
the replies under that comment and returns the channel's own reply with the same words if it is
already there (1 unit, against 50 for a second insert).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from safepost.connectors.base import (
    Capabilities,
    Connector,
    ConnectorError,
    Credentials,
    Health,
    NotSupported,
    OutgoingPost,
    Published,
    RemoteComment,
    parse_time,
)
from safepost.connectors.http import HttpClient, PlatformError, RetryPolicy, health_from

API = "https://www.googleapis.com"
WEB = "https://www.youtube.com"
AUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"
TOKEN_URL = "https://oauth2.googleapis.com/token"
SCOPES = ("https://www.googleapis.com/auth/youtube.force-ssl",)
MAX_COMMENT_CHARS = 10_000
PAGE_LIMIT = 20  # pages of threads per video and status in one fetch (100 threads a page)
QUOTA_COSTS = {"list": 1, "insert": 50, "setModerationStatus": 50, "delete": 50}  # units
PACIFIC = ZoneInfo("America/Los_Angeles")
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,200}$")


def seconds_until_quota_resets(now: datetime | None = None) -> float:
    """The daily quota resets at midnight Pacific time."""
    here = (now or datetime.now(UTC)).astimezone(PACIFIC)
    midnight = (here + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return (midnight - here).total_seconds()




def _check_id(value: str, what: str) -> str:
    if not _ID.match(value or ""):
        raise ConnectorError(f"{value!r} is not the id of a YouTube {what}", retryable=False)
    return value


_VIDEO_URL = re.compile(r"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|shorts/|live/|embed/)|youtu\.be/)"
                        r"([A-Za-z0-9_-]{6,20})")


def video_id_of(remote_id: str) -> str:
    """The video id in a post's remote id: the id itself, or the address a person recorded for a
    video uploaded by hand (youtube.com/watch?v=, youtu.be/, /shorts/, /live/)."""
    match = _VIDEO_URL.match(remote_id.strip())
    return match.group(1) if match else _check_id(remote_id, "video")


def describe_error(response: httpx.Response) -> PlatformError:
    """Google's error body ``{"error": {"code", "message", "errors": [{"reason", "domain"}]}}``: the
    reason is the code; quota and rate limits get their own words, flags and wait."""
    try:
        body = response.json()
    except ValueError:
        return PlatformError()
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return PlatformError()
    reasons = [str(item.get("reason", "")) for item in error.get("errors") or [] if isinstance(item, dict)]
    reason = reasons[0] if reasons else str(error.get("status", ""))
    text = re.sub(r"<[^>]+>", "", str(error.get("message", "")))  # Google puts a link in some messages
    if "quotaExceeded" in reasons or "dailyLimitExceeded" in reasons:
        return PlatformError(
            text=text, code=reason, retryable=True, retry_after=seconds_until_quota_resets(),
            message="safepost has used up today's YouTube allowance (the Google project's daily quota); it resets "
                    "at midnight Pacific time, 8am in the UK, and will be tried again then")
    if {"rateLimitExceeded", "userRateLimitExceeded"} & set(reasons):
        return PlatformError(text=text, code=reason, retryable=True,
                             message="YouTube is limiting how fast safepost may work; it will be tried again shortly")
    words = {
        "commentNotFound": "YouTube cannot find that comment (it may have been deleted)",
        "insufficientPermissions": "the sign-in does not include permission to manage comments; sign in with "
                                   "Google again and allow it",
        "commentsDisabled": "comments are turned off on that video",
        "videoNotFound": "YouTube cannot find that video",
    }.get(reason)
    return PlatformError(text=text, code=reason, message=words)


class YouTubeConnector(Connector):
    platform = "youtube"
    capabilities = Capabilities(
        publish=False, delete=False, lookup=False, fetch_comments=True, reply=True, hide=True,
        delete_comment=True, max_photos=0, max_chars=MAX_COMMENT_CHARS, unhide=True, block=True,
    )

    def __init__(self, credentials: Credentials, *, timeout: float = 20.0,
                 http_options: Mapping[str, Any] | None = None) -> None:
        super().__init__(credentials, timeout=timeout)
        self.api = (credentials.base_url or API).rstrip("/")
        self.web = credentials.extra.get("web_url", WEB).rstrip("/")
        options: dict[str, Any] = {"retry": RetryPolicy(attempts=3, base_delay=1.0, max_delay=10.0, budget=30.0),
                                   **(http_options or {})}
        self.http = HttpClient(platform="YouTube", base_url=self.api, account=credentials.handle or "the channel",
                               token=credentials.secret, timeout=timeout, describe_error=describe_error, **options)
        self._channel_id = credentials.extra.get("channel_id", "")

    # -- what YouTube does not do here --------------------------------------------------------------

    def publish(self, post: OutgoingPost) -> Published:
        raise NotSupported("safepost does not upload videos: upload the approved video in YouTube Studio, then "
                           "record its address")

    def find_published(self, idempotency_key: str) -> Published | None:
        return None  # nothing is published through this connector (capabilities.lookup is False)

    def delete(self, remote_id: str) -> None:
        raise NotSupported("delete the video in YouTube Studio; safepost does not manage videos")

    # -- comments -------------------------------------------------------------------------------

    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        """Comments and replies on these videos, newer than ``since``, including those YouTube holds for
        review. ``post_remote_ids`` are video ids or the videos' addresses (a video is recorded by hand)."""
        found: dict[str, RemoteComment] = {}
        for remote_id in dict.fromkeys(post_remote_ids):
            for comment in self._video_comments(since, {"videoId": video_id_of(remote_id)}):
                # The comment hangs from the post as the caller knows it (an id, or a recorded address).
                found[comment.remote_id] = replace(comment, post_remote_id=remote_id)
        return sorted(found.values(), key=lambda comment: comment.created_at)

    def fetch_channel_comments(self, since: datetime | None) -> list[RemoteComment]:
        """Every comment on every video of the channel (``allThreadsRelatedToChannelId``): for a school
        whose videos were not published through safepost."""
        found = {comment.remote_id: comment
                 for comment in self._video_comments(since, {"allThreadsRelatedToChannelId": self._channel()})}
        return sorted(found.values(), key=lambda comment: comment.created_at)

    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        if not text.strip():
            raise ConnectorError("the reply is empty", retryable=False)
        if len(text) > MAX_COMMENT_CHARS:
            raise ConnectorError(f"the reply is {len(text)} characters long; YouTube allows {MAX_COMMENT_CHARS}",
                                 retryable=False)
        parent = _check_id(comment.parent_remote_id or comment.remote_id, "comment")  # replies are one level deep
        existing = self._own_reply(parent, text)
        if existing is not None:
            return self._published(existing, comment.post_remote_id)
        answer = self._call("POST", "/youtube/v3/comments", doing="posting the reply", params={"part": "snippet"},
                            json={"snippet": {"parentId": parent, "textOriginal": text}})
        if not answer.get("id"):
            raise ConnectorError("YouTube accepted the reply but did not say its id; check the video", retryable=False)
        return self._published(answer, comment.post_remote_id)

    def hide(self, comment: RemoteComment) -> None:
        self._moderate(comment, "heldForReview", "hiding the comment (holding it for review)")

    def unhide(self, comment: RemoteComment) -> None:
        self._moderate(comment, "published", "showing the comment again")

    def delete_comment(self, comment: RemoteComment) -> None:
        if self._is_own(comment):
            self.http.request("DELETE", "/youtube/v3/comments", params={"id": _check_id(comment.remote_id, "comment")},
                              doing="deleting the channel's comment", ok=(404,))  # gone already is fine
            return
        # Someone else's comment: YouTube's way to remove it from the channel is to reject it.
        self._moderate(comment, "rejected", "removing the comment")

    def block(self, comment: RemoteComment) -> None:
        self._moderate(comment, "rejected", "removing the comment and banning its author", ban=True)

    def health(self) -> Health:
        try:
            self._channel_id = ""
            self._channel()
        except ConnectorError as error:
            if error.status == 403 and error.retryable:
                return Health.RATE_LIMITED  # quotaExceeded, rateLimitExceeded
            return health_from(error)
        return Health.OK

    # -- reading --------------------------------------------------------------------------------

    def _video_comments(self, since: datetime | None, scope: dict[str, str]) -> Iterator[RemoteComment]:
        me = self._channel()
        for status in ("published", "heldForReview"):
            params = {"part": "snippet,replies", "maxResults": "100", "order": "time", "textFormat": "plainText",
                      "moderationStatus": status, **scope}
            for page in self._pages("/youtube/v3/commentThreads", params, "reading comments"):
                oldest: datetime | None = None
                for thread in page.get("items") or []:
                    for comment, created in self._thread_comments(thread):
                        if comment.parent_remote_id is None:
                            oldest = created if oldest is None or created < oldest else oldest
                        if comment.author_remote_id != me and (since is None or created > since):
                            yield comment
                if since is not None and (oldest is None or oldest <= since):
                    # Threads come newest first: the next page holds only older comments. (A new reply
                    # under a comment further back than this page is found by a full read, since=None.)
                    break

    def _thread_comments(self, thread: dict[str, Any]) -> Iterator[tuple[RemoteComment, datetime]]:
        snippet = thread.get("snippet") or {}
        video_id = str(snippet.get("videoId", ""))
        top = snippet.get("topLevelComment") or {}
        top_comment = self._as_comment(top, video_id, parent=None)
        if top_comment is not None:
            yield top_comment, top_comment.created_at
        shown = (thread.get("replies") or {}).get("comments") or []
        replies = shown if int(snippet.get("totalReplyCount") or 0) <= len(shown) else self._all_replies(str(top.get("id")))
        for reply in replies:
            comment = self._as_comment(reply, video_id, parent=str(top.get("id", "")) or None)
            if comment is not None:
                yield comment, comment.created_at

    def _all_replies(self, parent_id: str) -> Iterator[dict[str, Any]]:
        params = {"part": "snippet", "parentId": parent_id, "maxResults": "100", "textFormat": "plainText"}
        for page in self._pages("/youtube/v3/comments", params, "reading replies"):
            yield from page.get("items") or []

    def _own_reply(self, parent_id: str, text: str) -> dict[str, Any] | None:
        me = self._channel()
        for reply in self._all_replies(parent_id):
            snippet = reply.get("snippet") or {}
            author = str((snippet.get("authorChannelId") or {}).get("value", ""))
            if author == me and str(snippet.get("textOriginal", snippet.get("textDisplay", ""))).strip() == text.strip():
                return reply
        return None

    def _as_comment(self, resource: dict[str, Any], video_id: str, parent: str | None) -> RemoteComment | None:
        snippet = resource.get("snippet") or {}
        created = parse_time(snippet.get("publishedAt"))
        comment_id = str(resource.get("id", ""))
        if created is None or not comment_id:
            return None
        video = str(snippet.get("videoId") or video_id)
        name = str(snippet.get("authorDisplayName", ""))
        return RemoteComment(
            remote_id=comment_id, text=str(snippet.get("textOriginal") or snippet.get("textDisplay") or ""),
            author_handle=name, author_name=name, created_at=created, post_remote_id=video,
            parent_remote_id=str(snippet.get("parentId") or parent or "") or None,
            url=f"{self.web}/watch?v={video}&lc={comment_id}",
            author_remote_id=str((snippet.get("authorChannelId") or {}).get("value", "")),
        )

    # -- moderation -----------------------------------------------------------------------------

    def _moderate(self, comment: RemoteComment, status: str, doing: str, *, ban: bool = False) -> None:
        if self._is_own(comment):
            raise NotSupported("that is the channel's own comment; delete it instead")
        params = {"id": _check_id(comment.remote_id, "comment"), "moderationStatus": status}
        if ban:
            params["banAuthor"] = "true"
        try:
            # Setting a status a comment already has changes nothing: safe to retry.
            self.http.request("POST", "/youtube/v3/comments/setModerationStatus", params=params, doing=doing,
                              idempotent=True)
        except ConnectorError as error:
            if status == "rejected" and any(reason in error.detail for reason in ("commentNotFound", "processingFailure")):
                return  # already gone: removing it again is not an error
            raise

    def _is_own(self, comment: RemoteComment) -> bool:
        return bool(comment.author_remote_id) and comment.author_remote_id == self._channel()

    # -- the channel and the wire -----------------------------------------------------------------

    def _channel(self) -> str:
        """The channel id of the signed-in account (channels.list mine=true), once per connector."""
        if not self._channel_id:
            answer = self._call("GET", "/youtube/v3/channels", params={"part": "id,snippet", "mine": "true"},
                                doing="checking the channel")
            items = answer.get("items") or []
            if not items:
                raise ConnectorError("the Google account that signed in has no YouTube channel; sign in with the "
                                     "account that owns the school's channel", retryable=False, status=403,
                                     bad_credentials=True)
            self._channel_id = str(items[0].get("id", ""))
        return self._channel_id

    def _pages(self, path: str, params: dict[str, str], doing: str) -> Iterator[dict[str, Any]]:
        query = dict(params)
        for _ in range(PAGE_LIMIT):
            page = self._call("GET", path, params=query, doing=doing)
            yield page
            token = page.get("nextPageToken")
            if not token:
                return
            query["pageToken"] = str(token)

    def _call(self, method: str, path: str, *, doing: str, **kwargs: Any) -> dict[str, Any]:
        answer = self.http.json(method, path, doing=doing, **kwargs)
        return answer if isinstance(answer, dict) else {}

    def _published(self, resource: dict[str, Any], video_id: str) -> Published:
        comment_id = str(resource["id"])
        snippet = resource.get("snippet") or {}
        video = str(snippet.get("videoId") or (video_id_of(video_id) if video_id else ""))
        return Published(remote_id=comment_id, url=f"{self.web}/watch?v={video}&lc={comment_id}",
                         published_at=parse_time(snippet.get("publishedAt")) or datetime.now(UTC))
