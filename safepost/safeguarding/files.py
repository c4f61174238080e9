"""Evidence files: what is accepted, how it is checked, and the hashes that make it stand up.

A file is accepted by what its bytes are, never by its name: the first bytes say PDF, PNG,
JPEG, GIF or WebP, the name's extension must agree, and an image must open in Pillow within a
pixel limit (so a decompression bomb is refused before it is decoded). Zip archives are refused
outright (a bundle of files is uploaded file by file, each hashed on its own), which also keeps
zip bombs out. Files go to the private data directory under a random name.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable
from datetime import UTC
from typing import Any

from django.core.files.uploadhandler import FileUploadHandler, SkipFile

#: The largest evidence file accepted (a long screen recording belongs with the police, not here).
MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
#: Screenshots are at most a few tens of megapixels; anything claiming more is refused undecoded.
MAX_PIXELS = 64_000_000

#: content kind -> (mime type, extensions that may carry it)
KINDS: dict[str, tuple[str, frozenset[str]]] = {
    "pdf": ("application/pdf", frozenset({"pdf"})),
    "png": ("image/png", frozenset({"png"})),
    "jpeg": ("image/jpeg", frozenset({"jpg", "jpeg"})),
    "gif": ("image/gif", frozenset({"gif"})),
    "webp": ("image/webp", frozenset({"webp"})),
}
ACCEPTED = ", ".join(sorted({e for _, exts in KINDS.values() for e in exts}))


class EvidenceFileError(Exception):
    """A file that cannot be kept as evidence; the message says why, naming the file."""


def sniff(head: bytes) -> str | None:
    """The kind of file its first bytes say it is (see KINDS), "zip", or None."""
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "zip"
    return None


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def check_file(name: str, size: int, chunks: Iterable[bytes]) -> tuple[str, str, bytes]:
    """Check one upload; return (mime type, sha256, content). Raises EvidenceFileError in words."""
    if size > MAX_EVIDENCE_BYTES:
        raise EvidenceFileError(too_large(name))
    data = b"".join(chunks)
    if len(data) > MAX_EVIDENCE_BYTES:
        raise EvidenceFileError(too_large(name))
    if not data:
        raise EvidenceFileError(f"{name} is empty")
    kind = sniff(data[:16])
    if kind == "zip":
        raise EvidenceFileError(f"{name} is a zip archive: archives are not accepted, upload each file on its own")
    if kind is None:
        raise EvidenceFileError(f"{name} is not a PDF or an image this page accepts ({ACCEPTED})")
    mime, extensions = KINDS[kind]
    if _extension(name) not in extensions:
        raise EvidenceFileError(f"{name}: its name says .{_extension(name) or '(none)'} but its content is "
                                f"{kind.upper()}; rename it to match what it is")
    if kind != "pdf":
        _check_image(name, data)
    elif b"%%EOF" not in data[-2048:]:
        raise EvidenceFileError(f"{name} is not a complete PDF (it has no end marker): was the download cut short?")
    return mime, hashlib.sha256(data).hexdigest(), data


def too_large(name: str) -> str:
    return f"{name} is larger than {MAX_EVIDENCE_BYTES // (1024 * 1024)} MB, the most one evidence file may be"


def _check_image(name: str, data: bytes) -> None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise EvidenceFileError(f"{name} claims {image.width}x{image.height} pixels, more than any "
                                        "screenshot: refused without decoding it")
            image.verify()
    except EvidenceFileError:
        raise
    except Image.DecompressionBombError:
        raise EvidenceFileError(f"{name} claims more pixels than any screenshot (a decompression bomb?): "
                                "refused without decoding it") from None
    except Exception:
        raise EvidenceFileError(f"{name} does not open as an image: it is damaged or not what it says") from None


def item_digest(fields: dict[str, Any]) -> str:
    """The SHA-256 of an item's recorded fields (for evidence without a file), canonical JSON."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                          .encode("utf-8")).hexdigest()


def recorded_fields(item: Any) -> dict[str, Any]:
    """What an item without a file says, as hashed when it was added."""
    return {"kind": item.kind, "description": item.description, "text": item.text, "url": item.url,
            "platform": item.platform, "platform_ids": item.platform_ids, "author_handle": item.author_handle,
            "captured_at": item.captured_at.astimezone(UTC).isoformat(), "place": item.place,
            "corrects": item.corrects_id}


def file_digest(stream: Any) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(1024 * 1024), b""):
        digest.update(chunk)
    return digest.hexdigest()


class CappedUploadHandler(FileUploadHandler):
    """Counts each uploaded file's bytes as they arrive and drops a file over the limit at once
    (never holding it): the view then says it was too large. Installed before the body is read."""

    def __init__(self, request: Any = None) -> None:
        super().__init__(request)
        self.seen = 0
        self.too_large: list[str] = []

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.seen = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        self.seen += len(raw_data)
        if self.seen > MAX_EVIDENCE_BYTES:
            self.too_large.append(self.file_name or "the file")
            raise SkipFile
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None
