"""Drafts and comments as the engine receives them, and their parsing from JSON objects."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from safepost.engine.errors import InputError


@dataclass(frozen=True)
class DraftImage:
    """A photo attached to a draft: a file on disk (``path``), raw bytes, or only a name."""

    filename: str = ""
    alt: str = ""
    path: str | None = None
    data: bytes | None = None
    tagged_pupils: tuple[str, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A post someone wants to publish on one of the school's channels."""

    id: str
    text: str
    images: tuple[DraftImage, ...] = ()
    channel: str | None = None
    scheduled_at: datetime | None = None


@dataclass(frozen=True)
class Comment:
    """A comment that arrived on one of the school's accounts."""

    id: str
    text: str
    author_role: str = "unknown"
    received_at: datetime | None = None


#: The keys a draft object may have, and those of each of its images. Anything else is refused:
#: a misspelt ``"Text"`` silently ignored would let the post through unchecked.
DRAFT_KEYS = ("id", "text", "images", "channel", "scheduled_at")
IMAGE_KEYS = ("path", "filename", "alt", "tagged_pupils")


def draft_from_object(obj: Any, where: str = "", default_id: str = "draft") -> Draft:
    """Build a draft from a decoded JSON object.

    ``where`` (``file:line``) prefixes every error so the user can find the bad value. An unknown
    key is an error naming it and the keys allowed; a draft with no ``text`` and no images has
    nothing to check and is an error too, never a silent pass.
    """
    if not isinstance(obj, Mapping):
        raise InputError(f"a draft must be a JSON object, not {_json_type(obj)}", file=where or None)
    _only_known_keys(obj, DRAFT_KEYS, where, "")
    text = obj.get("text", "")
    if not isinstance(text, str):
        raise InputError("must be a string", file=where or None, key="text")
    images_raw = obj.get("images") or []
    if not isinstance(images_raw, list):
        raise InputError("must be a list of image objects", file=where or None, key="images")
    if not text.strip() and not images_raw:
        problem = "is empty" if "text" in obj else "is missing"
        raise InputError(f"{problem} and the draft has no images: nothing to check", file=where or None, key="text")
    return Draft(
        id=str(obj.get("id") or default_id),
        text=text,
        images=tuple(_image(img, f"images[{i}]", where) for i, img in enumerate(images_raw)),
        channel=_optional_str(obj, "channel", where),
        scheduled_at=_optional_datetime(obj, "scheduled_at", where),
    )


def _image(obj: Any, key: str, where: str) -> DraftImage:
    if not isinstance(obj, Mapping):
        raise InputError("must be an object with path or filename", file=where or None, key=key)
    _only_known_keys(obj, IMAGE_KEYS, where, key)
    path = _optional_str(obj, "path", where, prefix=key)
    filename = _optional_str(obj, "filename", where, prefix=key) or (path.replace("\\", "/").rsplit("/", 1)[-1] if path else "")
    tagged = obj.get("tagged_pupils") or []
    if not isinstance(tagged, list) or not all(isinstance(t, str | int) for t in tagged):
        raise InputError("must be a list of pupil ids", file=where or None, key=f"{key}.tagged_pupils")
    return DraftImage(
        filename=filename,
        alt=_optional_str(obj, "alt", where, prefix=key) or "",
        path=path,
        tagged_pupils=tuple(str(t) for t in tagged),
    )


def _only_known_keys(obj: Mapping[str, Any], allowed: tuple[str, ...], where: str, prefix: str) -> None:
    unknown = [str(k) for k in obj if k not in allowed]
    if unknown:
        names = ", ".join(repr(k) for k in unknown)
        key = f"{prefix}.{unknown[0]}" if prefix else unknown[0]
        close = difflib.get_close_matches(unknown[0].lower(), allowed, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise InputError(f"unknown key(s) {names}{hint}; {'a draft' if not prefix else 'an image'} may have only "
                         f"{', '.join(allowed)}", file=where or None, key=key)


def _optional_str(obj: Mapping[str, Any], key: str, where: str, prefix: str = "") -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        full = f"{prefix}.{key}" if prefix else key
        raise InputError("must be a string", file=where or None, key=full)
    return value


def _optional_datetime(obj: Mapping[str, Any], key: str, where: str) -> datetime | None:
    value = _optional_str(obj, key, where)
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{value!r} is not an ISO 8601 date and time", file=where or None, key=key) from None


def _json_type(value: Any) -> str:
    return {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
