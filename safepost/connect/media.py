"""Public photo addresses for Instagram, which fetches each photo it publishes from the web.

Meta's content publishing guide: "We cURL media used in publishing attempts, so the media must be
hosted on a publicly accessible server at the time of the attempt." safepost serves the cleaned
photo (metadata already stripped) itself, at an address on its own site that

- is unguessable and signed (Django's ``TimestampSigner``): nobody can list or forge one;
- stops working after ``SAFEPOST_PUBLIC_MEDIA_SECONDS`` (an hour), and
- is withdrawn (the file deleted) as soon as the publish call returns, whatever its outcome.

The photo waits in ``<data dir>/public-media/`` (private permissions) only for that time; a sweep
of leftovers older than the lifetime runs each time a new one is written.
"""

from __future__ import annotations

import secrets
import time
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.urls import reverse

from safepost.connectors import Photo
from safepost.connectors.instagram import set_default_photo_host

SALT = "safepost.connect.public-media"
EXTENSIONS = {"image/jpeg": "jpg"}


def media_dir() -> Path:
    return Path(settings.DATA_DIR) / "public-media"


class SignedPhotoHost:
    """Serves each photo at ``{SAFEPOST_PUBLIC_URL}/public-media/<signed name>/`` for a short while."""

    def __init__(self, public_url: str) -> None:
        self.public_url = public_url.rstrip("/")

    def url_for(self, photo: Photo) -> str:
        folder = media_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        sweep_expired(folder)
        name = f"{secrets.token_urlsafe(24)}.{EXTENSIONS.get(photo.mime_type, 'bin')}"
        path = folder / name
        path.touch(mode=0o600)
        path.write_bytes(photo.data)
        token = signing.TimestampSigner(salt=SALT).sign(name)
        return self.public_url + reverse("connect:public-media", kwargs={"token": token})

    def withdraw(self, url: str) -> None:
        token = url.rstrip("/").rsplit("/", 1)[-1]
        try:
            name = signing.TimestampSigner(salt=SALT).unsign(token)
        except signing.BadSignature:
            return
        (media_dir() / Path(name).name).unlink(missing_ok=True)


def photo_for(token: str) -> tuple[Path, str] | None:
    """The file behind a signed address still in its lifetime, with its type; None otherwise."""
    try:
        name = signing.TimestampSigner(salt=SALT).unsign(token, max_age=settings.SAFEPOST_PUBLIC_MEDIA_SECONDS)
    except signing.BadSignature:  # also SignatureExpired
        return None
    path = media_dir() / Path(name).name
    kind = next((mime for mime, ext in EXTENSIONS.items() if name.endswith("." + ext)), "")
    return (path, kind) if kind and path.is_file() else None


def sweep_expired(folder: Path) -> None:
    cutoff = time.time() - settings.SAFEPOST_PUBLIC_MEDIA_SECONDS
    for leftover in folder.iterdir():
        if leftover.is_file() and leftover.stat().st_mtime < cutoff:
            leftover.unlink(missing_ok=True)


def install_photo_host() -> None:
    """Give every Instagram connector safepost's public photo addresses, when the public URL is set."""
    public_url = settings.SAFEPOST_PUBLIC_URL
    set_default_photo_host(SignedPhotoHost(public_url) if public_url else None)
