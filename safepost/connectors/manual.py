"""Platforms without an API we publish through: a person copies the post across by hand.

Used for ClassDojo, Seesaw, a VLE, a blog or website and "other", and for every platform whose API
connector does not exist yet (Facebook, X, Instagram, ...). The flow in the app:

1. ``publish`` raises ``NotSupported``; the app shows the approved text and the cleaned photos
   (metadata stripped, with their alt text) for a member of staff to copy onto the platform;
2. the person pastes the address of the published post back; the app calls ``record_manual(url)``,
   which checks it is an http(s) address and gives the ``Published`` to store like any other.

Nothing else can be done from here: every capability is False, and each call says so in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit

from safepost.connectors.base import (
    Capabilities,
    Connector,
    ConnectorError,
    Health,
    NotSupported,
    OutgoingPost,
    Published,
    RemoteComment,
)

MAX_URL_LENGTH = 2000


def record_manual(url: str, *, published_at: datetime | None = None) -> Published:
    """The post a person published by hand and whose address they pasted, once the address is checked.

    Raises ConnectorError (not retryable) naming what is wrong with the address.
    """
    url = url.strip()
    if not url:
        raise ConnectorError("paste the address of the published post (it starts with https://)", retryable=False)
    if len(url) > MAX_URL_LENGTH:
        raise ConnectorError(f"that address is {len(url)} characters long; a post's address is shorter "
                             f"than {MAX_URL_LENGTH}", retryable=False)
    if any(char.isspace() for char in url):
        raise ConnectorError("that address contains spaces; paste only the address of the post", retryable=False)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise ConnectorError(f"{url!r} is not a web address: it must start with https:// (or http://)",
                             retryable=False)
    if not parts.hostname or "." not in parts.hostname:
        raise ConnectorError(f"{url!r} has no site name after {parts.scheme}://", retryable=False)
    return Published(remote_id=url, url=url, published_at=published_at or datetime.now(UTC))


class ManualConnector(Connector):
    platform = "manual"
    # No platform limit we can know of: the person copying sees the platform's own.
    capabilities = Capabilities(publish=False, delete=False, lookup=False, fetch_comments=False, reply=False,
                                hide=False, delete_comment=False, max_photos=100, max_chars=100_000)

    def publish(self, post: OutgoingPost) -> Published:
        raise NotSupported("this platform has no connection for publishing: show the approved text and the "
                           "cleaned photos for a person to copy onto it, then record the address they paste")

    def find_published(self, idempotency_key: str) -> Published | None:
        return None  # only a person knows; the app asks them (capabilities.lookup is False)

    def delete(self, remote_id: str) -> None:
        raise NotSupported("delete the post on the platform by hand; this platform has no connection")

    def fetch_comments(self, since: datetime | None, post_remote_ids: Sequence[str]) -> list[RemoteComment]:
        raise NotSupported("comments on this platform cannot be read automatically; check them on the platform")

    def reply(self, comment: RemoteComment, text: str, idempotency_key: str) -> Published:
        raise NotSupported("reply on the platform by hand; this platform has no connection")

    def hide(self, comment: RemoteComment) -> None:
        raise NotSupported("hide the comment on the platform by hand; this platform has no connection")

    def delete_comment(self, comment: RemoteComment) -> None:
        raise NotSupported("delete the comment on the platform by hand; this platform has no connection")

    def health(self) -> Health:
        return Health.OK  # nothing to sign in to
