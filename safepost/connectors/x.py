"""X (formerly Twitter), through the X API v2 with an OAuth 2.0 user-context token.

Documentation followed (docs.x.com, read December 2026):

- Create a post: ``POST /2/tweets`` (x-api/posts/creation-of-a-post): ``text``, ``media.media_ids``,
  ``reply.in_reply_to_tweet_id``; answers 201 ``{"data": {"id", "text"}}``.
- Photos: ``POST /2/media/upload`` (x-api/media/upload-media; quickstart/best-practices): one
  multipart request per image with ``media`` and ``media_category=tweet_image``, answering
  ``{"data": {"id", "media_key", "size", "expires_after_secs", "image"}}``; then alt text with
  ``POST /2/media/metadata`` (x-api/media/create-media-metadata):
  ``{"id", "metadata": {"alt_text": {"text"}}}``, at most 1,000 characters. Up to 4 photos a post.
- Delete: ``DELETE /2/tweets/:id`` answering ``{"data": {"deleted": true}}``.
- Comments: the mentions timeline ``GET /2/users/:id/mentions`` (``start_time``, ``max_results``
  5-100, ``pagination_token``, ``expansions=author_id``) and recent search ``GET
  /2/tweets/search/recent`` with ``conversation_id:<post>`` (the last 7 days; a 512-character query)
  for replies further down a thread that do not mention the school. Both page with
  ``meta.next_token``.
- Hide a reply: ``PUT /2/tweets/:id/hidden`` ``{"hidden": true|false}`` (x-api/posts/hide-replies):
  only replies in a conversation the school's post started; hiding twice succeeds.
- Block: ``POST /2/users/:id/blocking`` ``{"target_user_id"}`` (x-api/users/blocks). X's current
  pages say blocking through the API needs the Enterprise plan; other plans get 403, said in words.
- Health: ``GET /2/users/me``.
- Errors: problem documents ``{"title", "detail", "type", "status"}`` (and the older
  ``{"errors": [{"code", "message"}]}``); 429 with ``x-rate-limit-limit``, ``x-rate-limit-remaining``
  and ``x-rate-limit-reset`` (a Unix time; X sends no Retry-After) (fundamentals/rate-limits).

Exactly once: X has no idempotency key and no way to find a post by one, so
``Capabilities.lookup`` is False. What protects a retry after a lost answer is X itself: it refuses a
second post with the same text from the same account ("You are not allowed to create a Tweet with
duplicate content", 403). ``publish`` treats that refusal as "already published" and returns the
earlier post, found on the account's own timeline (``GET /2/users/:id/tweets``, last 24 hours) by
its text. A different text is a different post, as it should be.

Tokens: ``Credentials.secret`` is the OAuth 2.0 access token (scopes in ``SCOPES``). X access
tokens last two hours and refresh tokens are single-use (each refresh returns a new one), so the
refresh happens before a connector is made, in ``safepost.accounts.oauth`` under a row lock, where
the new pair can be stored in the vault; a connector given an expired token gets 401 and says the
account must be signed in again (``health`` is BAD_CREDENTIALS).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
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
from safepost.connectors.http import HttpClient, PlatformError, RetryPolicy, health_from, x_rate_limit

API = "https://api.x.com"
WEB = "https://x.com"
AUTHORIZE_URL = "https://x.com/i/oauth2/authorize"
TOKEN_URL = "https://api.x.com/2/oauth2/token"
#: What safepost asks the school to allow (fundamentals/authentication/oauth-2-0/authorization-code):
#: read and write posts, read users, upload media, hide replies, block, and offline.access for a
#: refresh token (without it the sign-in lasts two hours).
SCOPES = ("tweet.read", "tweet.write", "users.read", "media.write", "tweet.moderate.write", "block.write",
          "offline.access")

MAX_WEIGHTED_LENGTH = 280
URL_WEIGHT = 23  # every link counts as a t.co link
MAX_PHOTOS = 4
MAX_PHOTO_BYTES = 5 * 1024 * 1024  # images up to 5 MB (media best practices)
MAX_ALT_TEXT = 1000
PHOTO_TYPES = frozenset({"image/jpeg", "image/png", "image/webp", "image/gif"})
SEARCH_WINDOW = timedelta(days=7)  # recent search reaches back seven days
MAX_QUERY = 512  # recent search query length
DUPLICATE_WINDOW = timedelta(hours=24)

#: Per-endpoint limits for a user-context token, from the table at docs.x.com
#: x-api/fundamentals/rate-limits (per user, 15-minute windows unless said). X no longer publishes
#: Free/Basic/Pro tables there (pay-per-use); the Free plan's older limits (developer.x.com
#: twitter-api/rate-limits) were far lower: 17 posts and 50 deletions per 24 hours, 25 /2/users/me
#: per 24 hours. The connector acts on the x-rate-limit-* headers it is sent, whatever the plan; this
#: table only documents what to expect.
RATE_LIMITS: dict[str, tuple[int, str]] = {
    "POST /2/tweets": (100, "15 minutes (and 10,000 per app per 24 hours)"),
    "DELETE /2/tweets/:id": (50, "15 minutes"),
    "GET /2/users/:id/mentions": (300, "15 minutes"),
    "GET /2/users/:id/tweets": (900, "15 minutes"),
    "GET /2/tweets/search/recent": (300, "15 minutes"),
    "PUT /2/tweets/:id/hidden": (50, "15 minutes"),
    "POST /2/users/:id/blocking": (50, "15 minutes"),
}

_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
_TCO = re.compile(r"https://t\.co/\w+")
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))  # twitter-text config v3: weight 1
_TWEET_FIELDS = "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets"
_ID = re.compile(r"^[0-9]{1,19}$")


def weighted_length(text: str) -> int:
    """The length X counts (twitter-text v3): a link is 23, most Latin text 1 a character, CJK and
    emoji 2. X checks again; this only lets safepost say so before uploading anything."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    last = 0
    for match in _URL.finditer(text):
        total += _plain_weight(text[last:match.start()]) + URL_WEIGHT
        last = match.end()
    return total + _plain_weight(text[last:])


def _plain_weight(text: str) -> int:
    weight = 0
    previous = ""
    for char in text:
        code = ord(char)
        joins_emoji = (code == 0x200D or 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF
                       or 0xE0020 <= code <= 0xE007F or previous == "\u200d")
        if not joins_emoji:
            weight += 1 if any(low <= code <= high for low, high in _LIGHT_RANGES) else 2
        previous = char
    return weight


def _same_text(ours: str, theirs: str) -> bool:
    """Does X's copy of a post have our text? X rewrites every link as a t.co link."""
    def plain(text: str) -> str:
        return " ".join(_TCO.sub("<link>", _URL.sub("<link>", unicodedata.normalize("NFC", text))).split())
    return plain(ours) == plain(theirs)




SNOWFLAKE_EPOCH_MS = 1288834974657  # X's ids carry their creation time in milliseconds from this epoch


def _created(tweet: dict[str, Any]) -> datetime | None:
    """When a post was made: ``created_at`` counts whole seconds, the id (a snowflake) milliseconds;
    the id's time is used when it agrees with ``created_at``."""
    stated = parse_time(tweet.get("created_at"))
    try:
        from_id = datetime.fromtimestamp(((int(tweet["id"]) >> 22) + SNOWFLAKE_EPOCH_MS) / 1000, UTC)
    except (KeyError, ValueError, OverflowError, OSError):
        return stated
    if stated is None or abs((from_id - stated).total_seconds()) < 1.5:
        return from_id
    return stated


def _x_time(moment: datetime) -> str:
    """YYYY-MM-DDTHH:mm:ssZ, what start_time takes (second granularity)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _check_id(remote_id: str, what: str) -> str:
    if not _ID.match(remote_id or ""):
        raise ConnectorError(f"{remote_id!r} is not the id of an X {what} (a number)", retryable=False)
    return remote_id


class XConnector(Connector):
    platform = "x"
    capabilities = Capabilities(
        publish=True, delete=True, lookup=False, fetch_comments=True, reply=True, hide=True,
        delete_comment=False, max_photos=MAX_PHOTOS, max_chars=MAX_WEIGHTED_LENGTH, unhide=True, block=True,
    )

    def __init__(self, credentials: Credentials, *, timeout: float = 20.0,
                 http_options: Mapping[str, Any] | None = None) -> None:
        super().__init__(credentials, timeout=timeout)
        self.api = (credentials.base_url or API).rstrip("/")
        self.web = credentials.extra.get("web_url", WEB).rstrip("/")
        options: dict[str, Any] = {"retry": RetryPolicy(attempts=3, base_delay=1.0, max_delay=10.0, budget=30.0),
                                   **(http_options or {})}
        self.http = HttpClient(platform="X", base_url=self.api, account=f"@{self.handle}", token=credentials.secret,
                               timeout=timeout, rate_limit=x_rate_limit, describe_error=describe_error, **options)
        self._user_id = credentials.extra.get("user_id", "")

    @property
    def handle(self) -> str:
        return self.credentials.handle.lstrip("@")

    # -- posts ------------------------------------------------------------------------------------

    def publish(self, post: OutgoingPost) -> Published:
        self._check_post(post)
        media_ids = [self._upload(number, photo) for number, photo in enumerate(post.photos, start=1)]
        body: dict[str, Any] = {"text": post.text}
        if media_ids:
            body["media"] = {"media_ids": media_ids}
        if post.reply_to:
            body["reply"] = {"in_reply_to_tweet_id": _check_id(post.reply_to, "post")}
        try:
            answer = self._call("POST", "/2/tweets", json=body, doing="publishing the post")
        except ConnectorError as error:
            if error.status == 403 and "duplicate" in error.detail.lower():
                # A retry after a lost answer: X already has this text from this account.
                earlier = self._find_own_post(post.text, reply_to=post.reply_to)
                if earlier is not None:
                    return earlier
                error.message = ("X refused the post because the account already posted the same words, and "
                                 "safepost cannot find that post in the last day; check the account on X")
                error.args = (error.message,)
            raise
        data = answer.get("data") or {}
        post_id = str(data.get("id", ""))
        if not post_id:
            raise ConnectorError("X accepted the post but did not say its id; check the account on X",
                                 retryable=False)
        return Published(remote_id=post_id, url=self._post_url(self.handle, post_id), published_at=datetime.now(UTC))

    def find_published(self, idempotency_key: str) -> Published | None:
        # X cannot look a post up by a key of ours (capabilities.lookup is False): publishing the
        # same text again finds the earlier post instead (see the module's docstring).
        return None

    def delete(self, remote_id: str) -> None:
        post_id = _check_id(remote_id, "post")
        # Deleting a post that is already gone is not an error (404).
        self.http.request("DELETE", f"/2/tweets/{post_id}", doing="deleting the post", ok=(404,))

    def _check_post(self, post: OutgoingPost) -> None:
        if not post.text.strip() and not post.photos:
            raise ConnectorError("the post has no text and no photo", retryable=False)
        length = weighted_length(post.text)
        if length > MAX_WEIGHTED_LENGTH:
            raise ConnectorError(f"the text counts as {length} characters on X, which allows {MAX_WEIGHTED_LENGTH} "
                                 "(each link counts as 23, emoji and some scripts as 2). Shorten it before "
                                 "publishing", retryable=False)
        if len(post.photos) > MAX_PHOTOS:
            raise ConnectorError(f"the post has {len(post.photos)} photos; X allows {MAX_PHOTOS}", retryable=False)
        for number, photo in enumerate(post.photos, start=1):
            if photo.mime_type not in PHOTO_TYPES:
                raise ConnectorError(f"photo {number} is {photo.mime_type!r}; X takes JPEG, PNG, WebP or GIF photos",
                                     retryable=False)
            if len(photo.data) > MAX_PHOTO_BYTES:
                raise ConnectorError(f"photo {number} is {len(photo.data) / 1e6:.1f} MB; X accepts at most 5 MB "
                                     "per photo", retryable=False)

    def _upload(self, number: int, photo: Photo) -> str:
        extension = photo.mime_type.rsplit("/", 1)[-1]
        answer = self._call("POST", "/2/media/upload", doing=f"uploading photo {number}",
                            files={"media": (f"photo-{number}.{extension}", photo.data, photo.mime_type)},
                            data={"media_category": "tweet_image", "media_type": photo.mime_type})
        media_id = str((answer.get("data") or {}).get("id", ""))
        if not media_id:
            raise ConnectorError(f"X did not store photo {number}; try again", retryable=True)
        if photo.alt_text.strip():
            self._call("POST", "/2/media/metadata", doing=f"adding the description of photo {number}",
                       json={"id": media_id, "metadata": {"alt_text": {"text": photo.alt_text[:MAX_ALT_TEXT]}}})
        return media_id

    def _find_own_post(self, text: str, reply_to: str | None) -> Published | None:
        since = datetime.now(UTC) - DUPLICATE_WINDOW
        params = {"max_results": "100", "start_time": _x_time(since), "exclude": "retweets",
                  "tweet.fields": "created_at,referenced_tweets"}
        for page in self._pages(f"/2/users/{self._me()}/tweets", params, "looking for the earlier post"):
            for tweet in page.get("data") or []:
                replied = {ref.get("id") for ref in tweet.get("referenced_tweets") or [] if ref.get("type") == "replied_to"}
                if _same_text(text, str(tweet.get("text", ""))) and (reply_to is None or reply_to in replied):
                    post_id = str(tweet["id"])
                    return Published(remote_id=post_id, url=self._post_url(self.handle, post_id),
                                     published_at=parse_time(tweet.get("created_at")))
        return None

    # -- comments -------------------------------------------------------------------------------

    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        wanted = {_check_id(post_id, "post") for post_id in post_remote_ids}
        if not wanted:
            return []
        me = self._me()
        found: dict[str, RemoteComment] = {}
        for tweet, users in self._mentions(since):
            comment = self._as_comment(tweet, users, wanted, me, since)
            if comment is not None:
                found[comment.remote_id] = comment
        for tweet, users in self._conversation_replies(since, sorted(wanted)):
            comment = self._as_comment(tweet, users, wanted, me, since)
            if comment is not None:
                found.setdefault(comment.remote_id, comment)
        return sorted(found.values(), key=lambda comment: (comment.created_at, int(comment.remote_id)))

    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        return self.publish(OutgoingPost(text=text, idempotency_key=idempotency_key, reply_to=comment.remote_id))

    def hide(self, comment: RemoteComment) -> None:
        self._set_hidden(comment, hidden=True)

    def unhide(self, comment: RemoteComment) -> None:
        self._set_hidden(comment, hidden=False)

    def delete_comment(self, comment: RemoteComment) -> None:
        raise NotSupported("X does not let an account delete someone else's reply; hide it, or block its author")

    def block(self, comment: RemoteComment) -> None:
        target = comment.author_remote_id or self._user_id_of(comment.author_handle)
        try:
            # Blocking someone already blocked succeeds: safe to retry.
            self._call("POST", f"/2/users/{self._me()}/blocking", json={"target_user_id": target},
                       doing=f"blocking @{comment.author_handle.lstrip('@')}", idempotent=True)
        except ConnectorError as error:
            if error.status == 403 and not error.bad_credentials:
                raise NotSupported("X lets apps block accounts only on its Enterprise plan; block "
                                   f"@{comment.author_handle.lstrip('@')} in the X app instead") from None
            raise

    def health(self) -> Health:
        try:
            self._user_id = ""
            self._me()
        except ConnectorError as error:
            return health_from(error)
        return Health.OK

    def _set_hidden(self, comment: RemoteComment, *, hidden: bool) -> None:
        reply_id = _check_id(comment.remote_id, "reply")
        doing = "hiding the reply" if hidden else "showing the reply again"
        try:
            self._call("PUT", f"/2/tweets/{reply_id}/hidden", json={"hidden": hidden}, doing=doing)
        except ConnectorError as error:
            if error.status == 403 and not error.bad_credentials:
                raise NotSupported("X lets an account hide only replies in a conversation its own post started"
                                   ) from None
            raise

    def _mentions(self, since: datetime | None) -> Iterator[tuple[dict[str, Any], dict[str, dict[str, Any]]]]:
        params = {"max_results": "100", "expansions": "author_id", "tweet.fields": _TWEET_FIELDS,
                  "user.fields": "username,name"}
        if since is not None:
            params["start_time"] = _x_time(since)
        for page in self._pages(f"/2/users/{self._me()}/mentions", params, "reading mentions of the account"):
            users = {str(user["id"]): user for user in (page.get("includes") or {}).get("users") or []}
            for tweet in page.get("data") or []:
                yield tweet, users

    def _conversation_replies(self, since: datetime | None,
                              post_ids: list[str]) -> Iterator[tuple[dict[str, Any], dict[str, dict[str, Any]]]]:
        """Replies anywhere in the posts' threads (recent search reaches back 7 days)."""
        earliest = datetime.now(UTC) - SEARCH_WINDOW + timedelta(minutes=1)
        start = max(since, earliest) if since is not None else earliest
        for query in self._conversation_queries(post_ids):
            params = {"query": query, "max_results": "100", "start_time": _x_time(start), "expansions": "author_id",
                      "tweet.fields": _TWEET_FIELDS, "user.fields": "username,name"}
            for page in self._pages("/2/tweets/search/recent", params, "reading replies", token="next_token"):
                users = {str(user["id"]): user for user in (page.get("includes") or {}).get("users") or []}
                for tweet in page.get("data") or []:
                    yield tweet, users

    @staticmethod
    def _conversation_queries(post_ids: list[str]) -> Iterator[str]:
        """As few queries as fit in 512 characters: ``(conversation_id:1 OR conversation_id:2) -is:retweet``."""
        def query(terms: list[str]) -> str:
            either = " OR ".join(f"conversation_id:{term}" for term in terms)
            return f"({either}) -is:retweet" if len(terms) > 1 else f"{either} -is:retweet"

        terms: list[str] = []
        for post_id in post_ids:
            if terms and len(query([*terms, post_id])) > MAX_QUERY:
                yield query(terms)
                terms = []
            terms.append(post_id)
        if terms:
            yield query(terms)

    def _as_comment(self, tweet: dict[str, Any], users: dict[str, dict[str, Any]], wanted: set[str], me: str,
                    since: datetime | None) -> RemoteComment | None:
        author = str(tweet.get("author_id", ""))
        created = _created(tweet)
        if author == me or created is None or (since is not None and created <= since):
            return None
        replied_to = next((str(ref["id"]) for ref in tweet.get("referenced_tweets") or []
                           if ref.get("type") == "replied_to" and ref.get("id")), None)
        conversation = str(tweet.get("conversation_id", ""))
        post = conversation if conversation in wanted else replied_to if replied_to in wanted else None
        if post is None:
            return None
        user = users.get(author, {})
        username = str(user.get("username", ""))
        tweet_id = str(tweet["id"])
        return RemoteComment(
            remote_id=tweet_id, text=str(tweet.get("text", "")), author_handle=username, created_at=created,
            post_remote_id=post, parent_remote_id=replied_to if replied_to and replied_to != post else None,
            url=self._post_url(username or "i/web", tweet_id), author_name=str(user.get("name", "")),
            author_remote_id=author,
        )

    # -- the account and the wire -----------------------------------------------------------------

    def _me(self) -> str:
        """The numeric id of the official account (GET /2/users/me), once per connector."""
        if not self._user_id:
            answer = self._call("GET", "/2/users/me", doing="checking the account")
            self._user_id = str((answer.get("data") or {}).get("id", ""))
            if not self._user_id:
                raise ConnectorError("X did not say which account the sign-in belongs to", retryable=True)
        return self._user_id

    def _user_id_of(self, username: str) -> str:
        name = username.lstrip("@")
        answer = self._call("GET", f"/2/users/by/username/{name}", doing=f"looking up @{name}")
        user_id = str((answer.get("data") or {}).get("id", ""))
        if not user_id:
            raise ConnectorError(f"X has no account @{name}", retryable=False)
        return user_id

    def _pages(self, path: str, params: dict[str, str], doing: str,
               token: str = "pagination_token", limit: int = 20) -> Iterator[dict[str, Any]]:
        """Each page of a timeline or search, following ``meta.next_token`` (at most ``limit`` pages)."""
        query = dict(params)
        for _ in range(limit):
            page = self._call("GET", path, params=query, doing=doing)
            yield page
            next_token = (page.get("meta") or {}).get("next_token")
            if not next_token:
                return
            query[token] = str(next_token)

    def _call(self, method: str, path: str, *, doing: str, **kwargs: Any) -> dict[str, Any]:
        answer = self.http.json(method, path, doing=doing, **kwargs)
        return answer if isinstance(answer, dict) else {}

    def _post_url(self, username: str, post_id: str) -> str:
        return f"{self.web}/{username}/status/{post_id}"


def describe_error(response: httpx.Response) -> PlatformError:
    """X's own words and code from an error body: a problem document (``title``, ``detail``,
    ``type``) or the older ``{"errors": [{"code", "message"}]}``."""
    try:
        body = response.json()
    except ValueError:
        return PlatformError()
    if not isinstance(body, dict):
        return PlatformError()
    text = str(body.get("detail") or body.get("title") or "")
    code = str(body.get("type", "")).rsplit("/", 1)[-1]
    errors = body.get("errors")
    if not text and isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        text = str(first.get("message") or first.get("detail") or "")
        code = code or str(first.get("code") or "")
    if code == "about:blank":
        code = ""
    message = {
        "usage-capped": "X says the school's X developer account has used this month's allowance; it will be "
                        "tried again later",
        "client-not-enrolled": "X does not let safepost's X developer app use this part of the API (its plan "
                               "does not include it)",
    }.get(code)
    return PlatformError(text=text, code=code, message=message)
