"""A recorded-response Mastodon server: the API the connector uses, as docs.joinmastodon.org
documents it (methods/statuses, methods/media, methods/accounts, api/rate-limits, entities/Status,
entities/MediaAttachment, entities/Account, entities/Relationship, entities/Context), and the
rate limiter's answers as Mastodon's config/initializers/rack_attack.rb gives them.

Each documented answer the connector can meet is here: 200/202 media, 206 while processing,
statuses with Idempotency-Key, 401 ``{"error": "The access token is invalid"}``,
404 ``{"error": "Record not found"}``, 422 ``{"error": "Validation failed: ..."}``, and every
response carrying ``X-RateLimit-Limit/Remaining/Reset`` (an ISO 8601 time with microseconds);
past the limit, 429 ``{"error": "Too many requests"}`` with the same headers and no Retry-After.
"""

from __future__ import annotations

import html
import itertools
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tests.connectors.fakeserver import Answer, FakeServer, Recorded

HOST = "school.example"  # the server's public name, in URLs and accts
NOT_FOUND = {"error": "Record not found"}
BAD_TOKEN = {"error": "The access token is invalid"}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class Account:
    id: str
    username: str
    token: str
    display_name: str = ""
    blocked: set[str] = field(default_factory=set)  # ids of accounts this one blocks

    def entity(self) -> dict[str, Any]:
        return {"id": self.id, "username": self.username, "acct": self.username,
                "display_name": self.display_name or self.username, "locked": False, "bot": False,
                "created_at": "2024-09-01T08:00:00.000Z", "note": "", "url": f"https://{HOST}/@{self.username}",
                "avatar": f"https://{HOST}/avatars/original/missing.png",
                "avatar_static": f"https://{HOST}/avatars/original/missing.png",
                "header": f"https://{HOST}/headers/original/missing.png",
                "header_static": f"https://{HOST}/headers/original/missing.png",
                "followers_count": 0, "following_count": 0, "statuses_count": 0,
                "last_status_at": None, "emojis": [], "fields": []}


@dataclass
class Media:
    id: str
    owner: str
    description: str
    content_type: str
    data: bytes
    polls_left: int  # GET /api/v1/media/:id answers 206 this many times, then 200

    def entity(self, processed: bool) -> dict[str, Any]:
        url = f"https://files.{HOST}/media_attachments/files/{self.id}/original/photo.png"
        return {"id": self.id, "type": "image", "url": url if processed else None,
                "preview_url": url.replace("/original/", "/small/"), "remote_url": None,
                "text_url": f"https://{HOST}/media/{self.id}",
                "meta": {"original": {"width": 40, "height": 30, "size": "40x30", "aspect": 1.3333333333333333},
                         "small": {"width": 40, "height": 30, "size": "40x30", "aspect": 1.3333333333333333}},
                "description": self.description or None, "blurhash": "UFBWY:8_0Jxv4mx]t8t64.%M-:IUWGWAt6M}"}


@dataclass
class Status:
    id: str
    account: Account
    text: str
    visibility: str
    created_at: str
    in_reply_to_id: str | None = None
    in_reply_to_account_id: str | None = None
    media: list[Media] = field(default_factory=list)
    spoiler_text: str = ""
    deleted: bool = False


def render_content(text: str, known: dict[str, Account]) -> str:
    """HTML as Mastodon renders a status: paragraphs, <br />, mentions as h-cards, links with
    the scheme in an invisible span."""
    def inline(line: str) -> str:
        out = html.escape(line, quote=False)
        out = re.sub(r"https?://[^\s<]+", lambda m: (
            f'<a href="{m.group()}" target="_blank" rel="nofollow noopener" translate="no">'
            f'<span class="invisible">{m.group().split("//")[0]}//</span>'
            f'<span class="">{m.group().split("//", 1)[1]}</span><span class="invisible"></span></a>'), out)
        return re.sub(r"@([A-Za-z0-9_]+)", lambda m: (
            f'<span class="h-card" translate="no"><a href="https://{HOST}/@{m.group(1)}" '
            f'class="u-url mention">@<span>{m.group(1)}</span></a></span>' if m.group(1) in known else m.group()), out)
    paragraphs = [part for part in text.split("\n\n") if part]
    return "".join("<p>" + "<br />".join(inline(line) for line in paragraph.split("\n")) + "</p>"
                   for paragraph in paragraphs)


class FakeMastodon(FakeServer):
    def __init__(self, *, rate_limit: int = 300, media_polls: int = 1, max_chars: int = 500) -> None:
        super().__init__()
        self.rate_limit = rate_limit
        self.media_polls = media_polls
        self.max_chars = max_chars
        self.batch_supported = True  # GET /api/v1/statuses?id[]= (Mastodon 4.3+)
        self.ids = itertools.count(113_000_000_000_000_000)
        self.accounts: dict[str, Account] = {}
        self.statuses: dict[str, Status] = {}
        self.media: dict[str, Media] = {}
        self.idempotency: dict[tuple[str, str], str] = {}
        self.used: dict[str, int] = {}  # requests per token in this 5-minute window
        self.window_ends = datetime.now(UTC) + timedelta(minutes=5)
        routes = [
            ("GET", r"/api/v1/accounts/verify_credentials", self.verify_credentials),
            ("POST", r"/api/v2/media", self.upload_media),
            ("GET", r"/api/v1/media/(?P<media_id>[^/]+)", self.get_media),
            ("POST", r"/api/v1/statuses", self.create_status),
            ("GET", r"/api/v1/statuses", self.get_statuses),
            ("GET", r"/api/v1/statuses/(?P<status_id>[^/]+)", self.get_status),
            ("DELETE", r"/api/v1/statuses/(?P<status_id>[^/]+)", self.delete_status),
            ("GET", r"/api/v1/statuses/(?P<status_id>[^/]+)/context", self.context),
            ("POST", r"/api/v1/accounts/(?P<account_id>[^/]+)/block", self.block),
        ]
        for method, pattern, handler in routes:
            self.add_route(method, pattern, self._authenticated(handler))

    # -- the world outside the connector ----------------------------------------------------------

    def add_account(self, username: str, display_name: str = "") -> Account:
        account = Account(id=str(next(self.ids)), username=username, token=f"token-{username}-{next(self.ids)}",
                          display_name=display_name)
        self.accounts[account.id] = account
        return account

    def post_as(self, account: Account, text: str, in_reply_to_id: str | None = None,
                visibility: str = "public") -> Status:
        parent = self.statuses[in_reply_to_id] if in_reply_to_id else None
        status = Status(id=str(next(self.ids)), account=account, text=text, visibility=visibility,
                        created_at=_now(), in_reply_to_id=in_reply_to_id,
                        in_reply_to_account_id=parent.account.id if parent else None)
        self.statuses[status.id] = status
        return status

    def live(self, status_id: str) -> Status | None:
        status = self.statuses.get(status_id)
        return status if status is not None and not status.deleted else None

    # -- entities ----------------------------------------------------------------------------------

    def status_entity(self, status: Status, *, with_source: bool = False) -> dict[str, Any]:
        known = {account.username: account for account in self.accounts.values()}
        replies = [s for s in self.statuses.values() if s.in_reply_to_id == status.id and not s.deleted]
        mentioned = [known[name] for name in re.findall(r"@([A-Za-z0-9_]+)", status.text) if name in known]
        entity: dict[str, Any] = {
            "id": status.id, "created_at": status.created_at, "in_reply_to_id": status.in_reply_to_id,
            "in_reply_to_account_id": status.in_reply_to_account_id, "sensitive": False,
            "spoiler_text": status.spoiler_text, "visibility": status.visibility, "language": "en",
            "uri": f"https://{HOST}/users/{status.account.username}/statuses/{status.id}",
            "url": f"https://{HOST}/@{status.account.username}/{status.id}",
            "replies_count": len(replies), "reblogs_count": 0, "favourites_count": 0, "edited_at": None,
            "favourited": False, "reblogged": False, "muted": False, "bookmarked": False, "pinned": False,
            "content": "" if with_source else render_content(status.text, known),
            "reblog": None, "application": {"name": "safepost", "website": None},
            "account": status.account.entity(),
            "media_attachments": [media.entity(processed=True) for media in status.media],
            "mentions": [{"id": a.id, "username": a.username, "url": f"https://{HOST}/@{a.username}",
                          "acct": a.username} for a in mentioned],
            "tags": [], "emojis": [], "card": None, "poll": None}
        if with_source:
            entity["text"] = status.text
        return entity

    # -- handlers ----------------------------------------------------------------------------------

    def _authenticated(self, handler: Any) -> Any:
        def answer(request: Recorded, **groups: str) -> Answer:
            token = (request.header("authorization") or "").removeprefix("Bearer ")
            account = next((a for a in self.accounts.values() if a.token == token), None)
            now = datetime.now(UTC)
            if now >= self.window_ends:
                self.used.clear()
                self.window_ends = now + timedelta(minutes=5)
            self.used[token] = self.used.get(token, 0) + 1
            headers = {"X-RateLimit-Limit": str(self.rate_limit),
                       "X-RateLimit-Remaining": str(max(0, self.rate_limit - self.used[token])),
                       "X-RateLimit-Reset": self.window_ends.isoformat(timespec="microseconds").replace("+00:00", "Z")}
            if self.used[token] > self.rate_limit:
                return Answer(429, {"error": "Too many requests"}, headers)
            if account is None:
                return Answer(401, BAD_TOKEN, headers)
            result: Answer = handler(request, account, **groups)
            result.headers = {**headers, **result.headers}
            return result
        return answer

    def verify_credentials(self, request: Recorded, me: Account) -> Answer:
        entity = me.entity()
        entity["source"] = {"privacy": "public", "sensitive": False, "language": "en", "note": "", "fields": []}
        return Answer(200, entity)

    def upload_media(self, request: Recorded, me: Account) -> Answer:
        fields, files = request.form()
        upload = files.get("file")
        if upload is None or not upload.content_type.startswith("image/"):
            return Answer(422, {"error": "Validation failed: File content type is invalid, File is invalid"})
        media = Media(id=str(next(self.ids)), owner=me.id, description=(fields.get("description") or [""])[0],
                      content_type=upload.content_type, data=upload.data, polls_left=self.media_polls)
        self.media[media.id] = media
        processed = media.polls_left == 0
        return Answer(200 if processed else 202, media.entity(processed))

    def get_media(self, request: Recorded, me: Account, media_id: str) -> Answer:
        media = self.media.get(media_id)
        if media is None or media.owner != me.id:
            return Answer(404, NOT_FOUND)
        if media.polls_left > 0:
            media.polls_left -= 1
            return Answer(206, b"")
        return Answer(200, media.entity(processed=True))

    def create_status(self, request: Recorded, me: Account) -> Answer:
        key = request.header("idempotency-key")
        if key and (me.id, key) in self.idempotency:
            return Answer(200, self.status_entity(self.statuses[self.idempotency[(me.id, key)]]))
        params = request.json() if (request.header("content-type") or "").startswith("application/json") \
            else {k.removesuffix("[]"): v if k.endswith("[]") else v[0] for k, v in request.form()[0].items()}
        text = str(params.get("status") or "")
        media_ids = [str(m) for m in params.get("media_ids") or []]
        if not text.strip() and not media_ids:
            return Answer(422, {"error": "Validation failed: Text can't be blank"})
        if len(text) > self.max_chars:
            return Answer(422, {"error": f"Validation failed: Text character limit of {self.max_chars} exceeded"})
        if len(media_ids) > 4:
            return Answer(422, {"error": "Validation failed: Cannot attach more than 4 files"})
        media = [self.media.get(m) for m in media_ids]
        if any(m is None or m.owner != me.id for m in media):
            return Answer(422, {"error": "Validation failed: Media attachments are invalid"})
        if any(m is not None and m.polls_left > 0 for m in media):
            return Answer(422, {"error": "Cannot attach files that have not finished processing. Try again in a moment!"})
        reply_to = params.get("in_reply_to_id")
        if reply_to and self.live(str(reply_to)) is None:
            return Answer(404, NOT_FOUND)
        visibility = str(params.get("visibility") or "public")
        if visibility not in ("public", "unlisted", "private", "direct"):
            return Answer(422, {"error": "Validation failed: Visibility is not included in the list"})
        status = self.post_as(me, text, str(reply_to) if reply_to else None, visibility)
        status.media = [m for m in media if m is not None]
        if key:
            self.idempotency[(me.id, key)] = status.id
        return Answer(200, self.status_entity(status))

    def get_statuses(self, request: Recorded, me: Account) -> Answer:
        if not self.batch_supported:
            return Answer(404, {"error": "Not Found"})
        found = [self.live(i) for i in request.query.get("id[]", [])]
        return Answer(200, [self.status_entity(s) for s in found if s is not None])

    def get_status(self, request: Recorded, me: Account, status_id: str) -> Answer:
        status = self.live(status_id)
        return Answer(200, self.status_entity(status)) if status else Answer(404, NOT_FOUND)

    def delete_status(self, request: Recorded, me: Account, status_id: str) -> Answer:
        status = self.live(status_id)
        if status is None or status.account.id != me.id:
            return Answer(404, NOT_FOUND)
        status.deleted = True
        return Answer(200, self.status_entity(status, with_source=True))

    def context(self, request: Recorded, me: Account, status_id: str) -> Answer:
        status = self.live(status_id)
        if status is None:
            return Answer(404, NOT_FOUND)
        ancestors: list[Status] = []
        parent = self.live(status.in_reply_to_id) if status.in_reply_to_id else None
        while parent is not None:
            ancestors.insert(0, parent)
            parent = self.live(parent.in_reply_to_id) if parent.in_reply_to_id else None
        descendants: list[Status] = []

        def walk(of: str) -> None:
            for child in sorted((s for s in self.statuses.values() if s.in_reply_to_id == of and not s.deleted),
                                key=lambda s: s.id):
                if child.account.id not in me.blocked:
                    descendants.append(child)
                walk(child.id)

        walk(status.id)
        return Answer(200, {"ancestors": [self.status_entity(s) for s in ancestors],
                            "descendants": [self.status_entity(s) for s in descendants]})

    def block(self, request: Recorded, me: Account, account_id: str) -> Answer:
        if account_id not in self.accounts:
            return Answer(404, NOT_FOUND)
        me.blocked.add(account_id)
        return Answer(200, {"id": account_id, "following": False, "showing_reblogs": False, "notifying": False,
                            "languages": None, "followed_by": False, "blocking": True, "blocked_by": False,
                            "muting": False, "muting_notifications": False, "requested": False,
                            "requested_by": False, "domain_blocking": False, "endorsed": False, "note": ""})
