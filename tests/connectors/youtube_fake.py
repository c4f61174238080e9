"""A fake YouTube Data API v3 on 127.0.0.1, answering as developers.google.com/youtube/v3/docs documents.

Resources: ``youtube#commentThread`` (``snippet.topLevelComment``, ``totalReplyCount``, and only
some replies in ``replies.comments``), ``youtube#comment`` (``authorDisplayName``,
``authorChannelId.value``, ``textOriginal``, ``parentId``, ``publishedAt``), list responses with
``nextPageToken`` and ``pageInfo``, 204 for setModerationStatus and delete, and Google's error body
``{"error": {"code", "message", "errors": [{"message", "domain", "reason"}], "status"}}``. Quota is
counted in the documented units (list 1, insert/setModerationStatus/delete 50) against a daily budget.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tests.connectors.fakeserver import Answer as Reply
from tests.connectors.fakeserver import FakeServer
from tests.connectors.fakeserver import Recorded as Request

CHANNEL = "UCalphaPrimarySchool0001"
VIDEO = "dQw4w9WgXcQ"
SHOWN_REPLIES = 2  # a thread carries only some of its replies; comments.list has them all


def q(request: Request, name: str, default: str | None = None) -> str:
    """One query parameter (the first value), or ``default``."""
    values = request.query.get(name)
    if values:
        return values[0]
    if default is None:
        raise KeyError(name)
    return default


def flat(request: Request) -> dict[str, str]:
    return {key: values[0] for key, values in request.query.items()}


def google_error(code: int, reason: str, message: str, domain: str = "youtube.comment",
                 status: str = "") -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message,
                             "errors": [{"message": message, "domain": domain, "reason": reason}]}
    if status:
        error["status"] = status
    return {"error": error}


AUTH_ERROR = {"error": {"code": 401, "message": "Request had invalid authentication credentials. Expected OAuth 2 "
                                                "access token, login cookie or other valid authentication credential.",
                        "errors": [{"message": "Invalid Credentials", "domain": "global", "reason": "authError",
                                    "location": "Authorization", "locationType": "header"}],
                        "status": "UNAUTHENTICATED"}}
QUOTA = google_error(403, "quotaExceeded", "The request cannot be completed because you have exceeded your "
                                           "<a href=\"/youtube/v3/getting-started#quota\">quota</a>.", "youtube.quota")
RATE = google_error(403, "rateLimitExceeded", "Rate Limit Exceeded", "usageLimits")


def g_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Comment:
    id: str
    video_id: str
    author: str  # channel id
    name: str
    text: str
    published_at: datetime
    parent_id: str | None = None
    status: str = "published"  # published | heldForReview | rejected

    def resource(self, owner_view: bool) -> dict[str, Any]:
        snippet: dict[str, Any] = {
            "channelId": CHANNEL, "videoId": self.video_id, "textDisplay": self.text, "textOriginal": self.text,
            "authorDisplayName": self.name, "authorProfileImageUrl": "https://yt3.ggpht.com/a/default.jpg",
            "authorChannelUrl": f"http://www.youtube.com/{self.name}", "authorChannelId": {"value": self.author},
            "canRate": True, "viewerRating": "none", "likeCount": 0, "publishedAt": g_time(self.published_at),
            "updatedAt": g_time(self.published_at)}
        if self.parent_id:
            snippet["parentId"] = self.parent_id
        if owner_view and self.status != "published":
            snippet["moderationStatus"] = self.status
        return {"kind": "youtube#comment", "etag": f"etag-{self.id}", "id": self.id, "snippet": snippet}


class FakeYouTube(FakeServer):
    def __init__(self, token: str = "ya29.youtube-school") -> None:
        self.tokens = {token: CHANNEL}
        self.expired: set[str] = set()
        self.channels = {CHANNEL: "@AlphaPrimary"}
        self.videos = {VIDEO: CHANNEL}
        self.comments: dict[str, Comment] = {}
        self.banned: set[str] = set()
        self.budget = 10_000
        self.used = 0
        self._ids = itertools.count(1)
        super().__init__()
        for method in ("GET", "POST", "PUT", "DELETE"):
            self.add_route(method, r"/.*", self.handle)

    # -- test helpers ---------------------------------------------------------------------------

    def add_channel(self, name: str) -> str:
        channel = f"UC{name}{next(self._ids):04d}"
        self.channels[channel] = f"@{name}"
        self.tokens[f"token-{name}"] = channel
        return channel

    def add_comment(self, author: str, text: str, video_id: str = VIDEO, parent_id: str | None = None,
                    published_at: datetime | None = None, status: str = "published") -> Comment:
        comment_id = f"Ugz{next(self._ids):06d}AaABAg" + (f".{next(self._ids):04d}" if parent_id else "")
        comment = Comment(id=comment_id, video_id=video_id, author=author, name=self.channels[author], text=text,
                          published_at=published_at or datetime.now(UTC), parent_id=parent_id, status=status)
        if author in self.banned:
            comment.status = "rejected"
        self.comments[comment_id] = comment
        return comment

    # -- dispatch -------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        channel = self.tokens.get(token)
        if channel is None or token in self.expired:
            return Reply(401, AUTH_ERROR, {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'})
        routes = {
            ("GET", "/youtube/v3/channels"): (1, self.list_channels),
            ("GET", "/youtube/v3/commentThreads"): (1, self.list_threads),
            ("GET", "/youtube/v3/comments"): (1, self.list_comments),
            ("POST", "/youtube/v3/comments"): (50, self.insert),
            ("POST", "/youtube/v3/comments/setModerationStatus"): (50, self.moderate),
            ("DELETE", "/youtube/v3/comments"): (50, self.delete),
        }
        route = routes.get((request.method, request.path))
        if route is None:
            return Reply(404, google_error(404, "notFound", "Not Found", "global"))
        cost, handler = route
        if self.used + cost > self.budget:
            return Reply(403, QUOTA)
        self.used += cost
        reply: Reply = handler(request, channel)
        return reply

    # -- endpoints ------------------------------------------------------------------------------

    def list_channels(self, request: Request, channel: str) -> Reply:
        assert q(request, "mine") == "true"
        items = [{"kind": "youtube#channel", "etag": "etag-ch", "id": channel,
                  "snippet": {"title": "Alpha Primary", "customUrl": self.channels[channel].lower(),
                              "publishedAt": "2019-09-01T08:00:00Z"}}] if channel in self.videos.values() else []
        return Reply(200, {"kind": "youtube#channelListResponse", "etag": "etag-list",
                           "pageInfo": {"totalResults": len(items), "resultsPerPage": 5}, "items": items})

    def list_threads(self, request: Request, channel: str) -> Reply:
        query = flat(request)
        if ("videoId" in query) == ("allThreadsRelatedToChannelId" in query):
            return Reply(400, google_error(400, "incompatibleParameters", "Use exactly one filter", "youtube.parameter"))
        status = query.get("moderationStatus", "published")
        video = query.get("videoId")
        if video is not None and video not in self.videos:
            return Reply(404, google_error(404, "videoNotFound", "The video identified by the videoId parameter "
                                                                "could not be found.", "youtube.commentThread"))
        owner = self.videos.get(video or "") == channel or query.get("allThreadsRelatedToChannelId") == channel
        if status != "published" and not owner:
            return Reply(403, google_error(403, "forbidden", "The comment thread could not be retrieved."))
        tops = [c for c in self.comments.values() if c.parent_id is None and c.status == status
                and (c.video_id == video if video else self.videos.get(c.video_id) == query["allThreadsRelatedToChannelId"])]
        tops.sort(key=lambda c: c.published_at, reverse=True)
        page, token = self._page(tops, query)
        items = []
        for top in page:
            replies = sorted((c for c in self.comments.values() if c.parent_id == top.id and c.status == "published"),
                             key=lambda c: c.published_at)
            thread: dict[str, Any] = {
                "kind": "youtube#commentThread", "etag": f"etag-t-{top.id}", "id": top.id,
                "snippet": {"channelId": CHANNEL, "videoId": top.video_id, "topLevelComment": top.resource(owner),
                            "canReply": True, "totalReplyCount": len(replies), "isPublic": True}}
            if replies and "replies" in query.get("part", ""):
                thread["replies"] = {"comments": [r.resource(owner) for r in replies[:SHOWN_REPLIES]]}
            items.append(thread)
        return Reply(200, self._list("youtube#commentThreadListResponse", items, token, len(tops)))

    def list_comments(self, request: Request, channel: str) -> Reply:
        parent = q(request, "parentId", "")
        replies = sorted((c for c in self.comments.values() if c.parent_id == parent and c.status == "published"),
                         key=lambda c: c.published_at)
        page, token = self._page(replies, flat(request))
        return Reply(200, self._list("youtube#commentListResponse", [c.resource(False) for c in page], token,
                                     len(replies)))

    def insert(self, request: Request, channel: str) -> Reply:
        snippet = request.json()["snippet"]
        parent = self.comments.get(snippet.get("parentId", ""))
        if parent is None or parent.parent_id is not None:
            return Reply(400, google_error(400, "invalidCommentMetadata", "The request metadata is invalid."))
        text = snippet["textOriginal"]
        reply = self.add_comment(channel, text, video_id=parent.video_id, parent_id=parent.id)
        return Reply(200, reply.resource(False))

    def moderate(self, request: Request, channel: str) -> Reply:
        query = flat(request)
        status, ban = query.get("moderationStatus", ""), query.get("banAuthor") == "true"
        if ban and status != "rejected":
            return Reply(400, google_error(400, "banWithoutReject", "The banAuthor parameter can only be used if the "
                                                                    "moderationStatus parameter value is rejected."))
        targets = [self.comments.get(i) for i in query.get("id", "").split(",")]
        if any(t is None for t in targets):
            return Reply(404, google_error(404, "commentNotFound", "One or more comments could not be found."))
        for target in targets:
            assert target is not None
            if self.videos.get(target.video_id) != channel:
                return Reply(403, google_error(403, "forbidden", "Insufficient permissions to moderate the comment."))
            target.status = status
            if ban:
                self.banned.add(target.author)
        return Reply(204)

    def delete(self, request: Request, channel: str) -> Reply:
        target = self.comments.get(q(request, "id", ""))
        if target is None:
            return Reply(404, google_error(404, "commentNotFound", "The comment could not be found."))
        if target.author != channel:
            return Reply(403, google_error(403, "forbidden", "The comment could not be deleted."))
        del self.comments[target.id]
        return Reply(204)

    # -- paging ---------------------------------------------------------------------------------

    @staticmethod
    def _page(rows: list[Comment], query: dict[str, str]) -> tuple[list[Comment], str | None]:
        size = int(query.get("maxResults", "20"))
        assert 1 <= size <= 100, size
        token = query.get("pageToken", "")
        offset = int(token.removeprefix("page-") or 0)
        nxt = f"page-{offset + size}" if offset + size < len(rows) else None
        return rows[offset:offset + size], nxt

    @staticmethod
    def _list(kind: str, items: list[dict[str, Any]], token: str | None, total: int) -> dict[str, Any]:
        body: dict[str, Any] = {"kind": kind, "etag": "etag-page",
                                "pageInfo": {"totalResults": total, "resultsPerPage": len(items)}, "items": items}
        if token:
            body["nextPageToken"] = token
        return body
