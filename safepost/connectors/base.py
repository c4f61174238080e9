"""The one interface every platform connector implements.

Connectors are pure Python: no Django, no database, no vault. The caller (a posts or inbox
action or task) passes the credentials in, already decrypted; a connector never logs them,
never stores them and never puts them in an exception message.

Exactly-once publishing rests on two calls: ``publish`` takes an idempotency key chosen by the
caller and recorded before the call, and ``find_published`` answers, after a crash, whether a
post with that key already exists on the platform. A platform that cannot look a post up by key
says so with ``Capabilities.lookup = False``; the caller then asks a person to reconcile.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


def parse_time(value: object) -> datetime | None:
    """A platform's ISO 8601 time (``Z`` or an offset; none means UTC), or None if it is not one."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class ConnectorError(Exception):
    """A platform refused or failed. ``message`` is plain words for a member of staff."""

    def __init__(self, message: str, *, retryable: bool, status: int | None = None,
                 retry_after: float | None = None, detail: str = "", bad_credentials: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.retryable = retryable  # True for timeouts, 429 and 5xx; False for a refusal
        self.status = status
        self.retry_after = retry_after  # seconds, when the platform said (429 Retry-After)
        self.detail = detail  # the platform's own error code and text, for the log; never a secret
        # The platform no longer accepts the stored token or password (401, an expired token): the
        # account needs reconnecting, and health() says BAD_CREDENTIALS.
        self.bad_credentials = bad_credentials
        # The request may have reached the platform and acted (a read timeout, a dropped connection
        # or a 5xx after a non-idempotent POST): where the platform cannot be asked afterwards
        # (Capabilities.lookup False), sending it again could post twice.
        self.maybe_sent = False

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, retryable={self.retryable}, status={self.status})"


class NotSupported(ConnectorError):
    """The platform has no API for this (the manual connector, or a platform's own limit)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)


@dataclass(frozen=True)
class Credentials:
    """What the vault holds for one official account. ``secret`` is a password or token."""

    handle: str
    secret: str
    base_url: str = ""  # the server, for federated platforms (Bluesky PDS, Mastodon instance)
    extra: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:  # never print the secret, even in a traceback
        return f"Credentials(handle={self.handle!r}, base_url={self.base_url!r}, secret=<hidden>)"


@dataclass(frozen=True)
class Photo:
    """A photo to publish: the cleaned copy (metadata already stripped) and its alt text."""

    data: bytes
    mime_type: str
    alt_text: str


@dataclass(frozen=True)
class OutgoingPost:
    """One approved revision going to one account."""

    text: str
    idempotency_key: str  # unique per (revision, account); recorded before publish is called
    photos: Sequence[Photo] = ()
    reply_to: str | None = None  # remote id of the post or comment this answers


@dataclass(frozen=True)
class Published:
    remote_id: str
    url: str
    published_at: datetime | None = None


@dataclass(frozen=True)
class RemoteComment:
    """A comment or reply as the platform gave it."""

    remote_id: str
    text: str
    author_handle: str
    created_at: datetime
    post_remote_id: str  # the official post the thread hangs from
    parent_remote_id: str | None = None  # the comment it replies to, if any
    url: str = ""
    author_name: str = ""
    author_remote_id: str = ""  # the platform's id of the author, where blocking needs it


class Health(StrEnum):
    OK = "ok"
    BAD_CREDENTIALS = "bad-credentials"
    UNREACHABLE = "unreachable"
    RATE_LIMITED = "rate-limited"


@dataclass(frozen=True)
class Capabilities:
    publish: bool = True
    delete: bool = True
    lookup: bool = True  # find_published works, so a crash mid-publish can be reconciled
    fetch_comments: bool = True
    reply: bool = True
    hide: bool = False
    delete_comment: bool = False
    max_photos: int = 4
    max_chars: int = 300
    unhide: bool = False  # a hidden comment can be shown again
    block: bool = False  # the official account can block a commenter
    webhooks: bool = False  # the platform pushes new comments (polling still works)
    # Seconds during which the platform itself ignores a second publish with the same key
    # (Mastodon: an hour). Where lookup is False, a publish interrupted less than this long ago
    # can safely be sent again; after it, a person checks the platform.
    key_window: float = 0.0


class Connector(ABC):
    """A platform. One instance per account and credentials; cheap to create."""

    platform: str
    capabilities: Capabilities

    def __init__(self, credentials: Credentials, *, timeout: float = 20.0) -> None:
        self.credentials = credentials
        self.timeout = timeout

    @abstractmethod
    def publish(self, post: OutgoingPost) -> Published:
        """Publish, or raise ConnectorError. Publishing the same key twice must not post twice
        where the platform allows it (Bluesky: the key fixes the record key)."""

    @abstractmethod
    def find_published(self, idempotency_key: str) -> Published | None:
        """The post published earlier with this key, or None if there is none."""

    @abstractmethod
    def delete(self, remote_id: str) -> None:
        """Delete an official post. Deleting one already gone is not an error."""

    @abstractmethod
    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        """Comments and replies on these official posts created after ``since``."""

    @abstractmethod
    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        """Answer a comment publicly as the official account."""

    @abstractmethod
    def hide(self, comment: RemoteComment) -> None:
        """Hide a comment from the public without deleting it (raises NotSupported where impossible)."""

    @abstractmethod
    def delete_comment(self, comment: RemoteComment) -> None:
        """Delete someone else's comment (raises NotSupported where impossible)."""

    def unhide(self, comment: RemoteComment) -> None:
        """Show a hidden comment again (raises NotSupported where impossible)."""
        raise NotSupported(f"{self.platform} cannot show a hidden comment again from here; do it on the platform")

    def block(self, comment: RemoteComment) -> None:
        """Block the comment's author from the official account (raises NotSupported where impossible)."""
        raise NotSupported(f"{self.platform} cannot block an account from here; block it on the platform")

    @abstractmethod
    def health(self) -> Health:
        """Can we sign in and reach the platform now?"""
