"""A fake X API v2 on 127.0.0.1, answering as docs.x.com documents (see safepost/connectors/x.py).

Stateful: posts, media, hidden replies and blocks are kept, so a test publishes, reads back and
moderates as against X. Bodies: ``{"data": ...}`` on success (201 for a new post), ``includes`` and
``meta`` (``result_count``, ``newest_id``, ``oldest_id``, ``next_token``) on timelines and search,
problem documents (``title``, ``detail``, ``type``, ``status``) on failure, and the
``x-rate-limit-limit/remaining/reset`` headers on every answer, counting down per endpoint.
"""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tests.connectors.fakeserver import Answer as Reply
from tests.connectors.fakeserver import FakeServer
from tests.connectors.fakeserver import Recorded as Request

SCHOOL_ID = "1602763500000000001"
SNOWFLAKE_EPOCH_MS = 1288834974657
UNAUTHORIZED = {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"}
TOO_MANY = {"title": "Too Many Requests", "detail": "Too Many Requests", "type": "about:blank", "status": 429}
DUPLICATE = {"detail": "You are not allowed to create a Tweet with duplicate content.", "type": "about:blank",
             "title": "Forbidden", "status": 403}
NOT_ENROLLED = {
    "client_id": "29404917", "title": "Client Forbidden", "required_enrollment": "Appropriate Level of API Access",
    "reason": "client-not-enrolled", "registration_url": "https://developer.x.com/en/portal/product",
    "type": "https://api.twitter.com/2/problems/client-forbidden",
    "detail": "This request must be made using an approved developer account that is enrolled in the requested "
              "endpoint. Learn more by visiting our documentation.",
}


def q(request: Request, name: str, default: str | None = None) -> str:
    """One query parameter (the first value), or ``default``."""
    values = request.query.get(name)
    if values:
        return values[0]
    if default is None:
        raise KeyError(name)
    return default


def problem(status: int, kind: str, detail: str, title: str) -> dict[str, Any]:
    return {"title": title, "detail": detail, "type": f"https://api.twitter.com/2/problems/{kind}", "status": status}


def x_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass
class Tweet:
    id: str
    text: str
    author_id: str
    created_at: datetime
    conversation_id: str
    replied_to: str | None = None
    media_ids: list[str] = field(default_factory=list)
    hidden: bool = False

    def resource(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "text": self.text, "author_id": self.author_id,
                                "created_at": x_time(self.created_at), "conversation_id": self.conversation_id,
                                "edit_history_tweet_ids": [self.id]}
        if self.replied_to:
            data["referenced_tweets"] = [{"type": "replied_to", "id": self.replied_to}]
        return data


class FakeX(FakeServer):
    def __init__(self, token: str = "x-access-token-school") -> None:
        self.users: dict[str, dict[str, str]] = {SCHOOL_ID: {"id": SCHOOL_ID, "name": "Alpha Primary",
                                                             "username": "AlphaPrimary"}}
        self.tokens: dict[str, str] = {token: SCHOOL_ID}
        self.expired: set[str] = set()
        self.tweets: dict[str, Tweet] = {}
        self.media: dict[str, dict[str, Any]] = {}
        self.blocks: set[tuple[str, str]] = set()
        self.enterprise = False  # blocking through the API needs the Enterprise plan
        self.remaining: dict[str, int] = {}
        self.limit = 100
        self.reset_at = int(time.time()) + 900
        self._ids = itertools.count(1_860_000_000_000_000_000)
        super().__init__()
        for method in ("GET", "POST", "PUT", "DELETE"):
            self.add_route(method, r"/.*", self.handle)

    # -- test helpers ---------------------------------------------------------------------------

    def add_user(self, username: str, name: str = "") -> str:
        user_id = str(next(self._ids))
        self.users[user_id] = {"id": user_id, "name": name or username.title(), "username": username}
        self.tokens[f"token-{username}"] = user_id
        return user_id

    def add_tweet(self, author_id: str, text: str, reply_to: str | None = None,
                  created_at: datetime | None = None) -> Tweet:
        created_at = created_at or datetime.now(UTC)
        # A snowflake: milliseconds since X's epoch in the top bits, as X's ids are.
        tweet_id = str(((int(created_at.timestamp() * 1000) - SNOWFLAKE_EPOCH_MS) << 22) | (next(self._ids) & 0x3FFFFF))
        parent = self.tweets.get(reply_to or "")
        tweet = Tweet(id=tweet_id, text=text, author_id=author_id, created_at=created_at,
                      conversation_id=parent.conversation_id if parent else tweet_id, replied_to=reply_to)
        self.tweets[tweet_id] = tweet
        return tweet

    # -- dispatch -------------------------------------------------------------------------------

    def handle(self, request: Request) -> Reply:
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        user = self.tokens.get(token)
        if user is None or token in self.expired:
            return Reply(401, UNAUTHORIZED)
        route = self._route(request)
        if route is None:
            return Reply(404, problem(404, "resource-not-found", f"no route {request.method} {request.path}",
                                      "Not Found Error"))
        key, handler, args = route
        left = self.remaining.get(key, self.limit)
        headers = {"x-rate-limit-limit": str(self.limit), "x-rate-limit-reset": str(self.reset_at)}
        if left <= 0:
            return Reply(429, TOO_MANY, {**headers, "x-rate-limit-remaining": "0"})
        self.remaining[key] = left - 1
        reply: Reply = handler(request, user, *args)
        reply.headers = {**headers, "x-rate-limit-remaining": str(left - 1), **reply.headers}
        return reply

    def _route(self, request: Request) -> tuple[str, Any, tuple[str, ...]] | None:
        routes = [
            ("GET", r"/2/users/me", self.me),
            ("GET", r"/2/users/by/username/(\w+)", self.by_username),
            ("POST", r"/2/media/upload", self.upload),
            ("POST", r"/2/media/metadata", self.metadata),
            ("POST", r"/2/tweets", self.create),
            ("DELETE", r"/2/tweets/(\d+)", self.delete),
            ("PUT", r"/2/tweets/(\d+)/hidden", self.hide),
            ("GET", r"/2/users/(\d+)/mentions", self.mentions),
            ("GET", r"/2/users/(\d+)/tweets", self.timeline),
            ("GET", r"/2/tweets/search/recent", self.search),
            ("POST", r"/2/users/(\d+)/blocking", self.block),
        ]
        for method, pattern, handler in routes:
            match = re.fullmatch(pattern, request.path)
            if method == request.method and match:
                return f"{method} {pattern}", handler, match.groups()
        return None

    # -- endpoints ------------------------------------------------------------------------------

    def me(self, request: Request, user: str) -> Reply:
        return Reply(200, {"data": self.users[user]})

    def by_username(self, request: Request, user: str, username: str) -> Reply:
        for candidate in self.users.values():
            if candidate["username"].lower() == username.lower():
                return Reply(200, {"data": candidate})
        return Reply(200, {"errors": [{"value": username, "detail": f"Could not find user with username: [{username}].",
                                       "title": "Not Found Error", "resource_type": "user", "parameter": "username",
                                       "resource_id": username,
                                       "type": "https://api.twitter.com/2/problems/resource-not-found"}]})

    def upload(self, request: Request, user: str) -> Reply:
        fields, files = request.form()
        if "media" not in files:
            return Reply(400, problem(400, "invalid-request", "media is required", "Invalid Request"))
        category = (fields.get("media_category") or [""])[0]
        if category not in ("tweet_image", "tweet_gif", "tweet_video"):
            return Reply(400, problem(400, "invalid-request", f"bad media_category {category!r}", "Invalid Request"))
        media_id = str(next(self._ids))
        upload = files["media"]
        self.media[media_id] = {"owner": user, "bytes": upload.data, "category": category, "alt_text": None,
                                "type": (fields.get("media_type") or [upload.content_type])[0]}
        return Reply(200, {"data": {"id": media_id, "media_key": f"3_{media_id}", "size": len(upload.data),
                                    "expires_after_secs": 86400}})

    def metadata(self, request: Request, user: str) -> Reply:
        body = request.json()
        media = self.media.get(str(body.get("id")))
        if media is None or media["owner"] != user:
            return Reply(400, problem(400, "invalid-request", "unknown media id", "Invalid Request"))
        alt = body["metadata"]["alt_text"]["text"]
        if len(alt) > 1000:
            return Reply(400, problem(400, "invalid-request", "alt_text too long", "Invalid Request"))
        media["alt_text"] = alt
        return Reply(200, {"data": {"id": body["id"], "associated_metadata": {"alt_text": {"text": alt}}}})

    def create(self, request: Request, user: str) -> Reply:
        body = request.json()
        text = str(body.get("text", ""))
        media_ids = list((body.get("media") or {}).get("media_ids") or [])
        if any(self.media.get(m, {}).get("owner") != user for m in media_ids) or len(media_ids) > 4:
            return Reply(400, problem(400, "invalid-request", "Your media IDs are invalid.", "Invalid Request"))
        reply_to = (body.get("reply") or {}).get("in_reply_to_tweet_id")
        if reply_to and reply_to not in self.tweets:
            return Reply(403, {"detail": "You attempted to reply to a Tweet that is deleted or not visible to you.",
                               "type": "about:blank", "title": "Forbidden", "status": 403})
        if any(t.author_id == user and t.text == text and t.media_ids == media_ids for t in self.tweets.values()):
            return Reply(403, DUPLICATE)
        tweet = self.add_tweet(user, text, reply_to=reply_to)
        tweet.media_ids = media_ids
        return Reply(201, {"data": {"id": tweet.id, "text": tweet.text, "edit_history_tweet_ids": [tweet.id]}})

    def delete(self, request: Request, user: str, tweet_id: str) -> Reply:
        tweet = self.tweets.get(tweet_id)
        if tweet is None:
            return Reply(404, problem(404, "resource-not-found", f"Could not find tweet with id: [{tweet_id}].",
                                      "Not Found Error"))
        if tweet.author_id != user:
            return Reply(403, problem(403, "not-authorized-for-resource", "You are not authorized to delete this Tweet.",
                                      "Forbidden"))
        del self.tweets[tweet_id]
        return Reply(200, {"data": {"deleted": True}})

    def hide(self, request: Request, user: str, tweet_id: str) -> Reply:
        tweet = self.tweets.get(tweet_id)
        root = self.tweets.get(tweet.conversation_id) if tweet else None
        if tweet is None or root is None or root.author_id != user or tweet.id == root.id:
            return Reply(403, problem(403, "not-authorized-for-resource",
                                      "You cannot hide or unhide replies to conversations you did not start.",
                                      "Forbidden"))
        tweet.hidden = bool(request.json()["hidden"])
        return Reply(200, {"data": {"hidden": tweet.hidden}})

    def block(self, request: Request, user: str, source: str) -> Reply:
        if not self.enterprise:
            return Reply(403, NOT_ENROLLED)
        if source != user:
            return Reply(403, problem(403, "not-authorized-for-resource", "You are not allowed to act for that user",
                                      "Forbidden"))
        target = str(request.json()["target_user_id"])
        self.blocks.add((source, target))
        return Reply(200, {"data": {"blocking": True}})

    def mentions(self, request: Request, user: str, user_id: str) -> Reply:
        handle = "@" + self.users[user_id]["username"].lower()
        found = [t for t in self.tweets.values() if t.author_id != user_id and handle in t.text.lower()]
        return self._page(request, found, max_allowed=100, min_allowed=5, token="pagination_token")

    def timeline(self, request: Request, user: str, user_id: str) -> Reply:
        return self._page(request, [t for t in self.tweets.values() if t.author_id == user_id], max_allowed=100,
                          min_allowed=5, token="pagination_token")

    def search(self, request: Request, user: str) -> Reply:
        query = q(request, "query", "")
        if len(query) > 512:
            return Reply(400, problem(400, "invalid-request", "query too long", "Invalid Request"))
        conversations = set(re.findall(r"conversation_id:(\d+)", query))
        found = [t for t in self.tweets.values() if t.conversation_id in conversations]
        if "-is:retweet" not in query:
            return Reply(400, problem(400, "invalid-request", "the fake expects -is:retweet", "Invalid Request"))
        return self._page(request, found, max_allowed=100, min_allowed=10, token="next_token")

    def _page(self, request: Request, tweets: list[Tweet], *, max_allowed: int, min_allowed: int, token: str) -> Reply:
        size = int(q(request, "max_results", "10"))
        if not min_allowed <= size <= max_allowed:
            return Reply(400, problem(400, "invalid-request", f"max_results must be between {min_allowed} and "
                                                              f"{max_allowed}", "Invalid Request"))
        start = q(request, "start_time", "")
        if start:
            since = datetime.fromisoformat(start.replace("Z", "+00:00"))
            tweets = [t for t in tweets if t.created_at >= since]
        tweets.sort(key=lambda t: int(t.id), reverse=True)
        offset = int(q(request, token, "0") or 0)
        page = tweets[offset:offset + size]
        meta: dict[str, Any] = {"result_count": len(page)}
        if page:
            meta.update(newest_id=page[0].id, oldest_id=page[-1].id)
        if offset + size < len(tweets):
            meta["next_token"] = str(offset + size)
        if not page:
            return Reply(200, {"meta": meta})
        body: dict[str, Any] = {"data": [t.resource() for t in page], "meta": meta}
        if "author_id" in q(request, "expansions", ""):
            body["includes"] = {"users": [self.users[a] for a in dict.fromkeys(t.author_id for t in page)]}
        return Reply(200, body)
