"""Opening photos safely: size limits before decoding, clear errors, every format schools get.

JPEG, PNG, WebP, GIF (first frame) and HEIC/HEIF (through ``pillow-heif``). A file is refused,
with an :class:`ImageError` that says why, when it is larger than ``MAX_FILE_BYTES``, claims more
than ``MAX_PIXELS`` pixels (decompression bombs declare huge sizes in a tiny file), is truncated,
or is not an image whatever its name. CMYK, 16-bit, palette and alpha images become 8-bit RGB.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError

from safepost.engine.i18n import phrase
from safepost.engine.images.metadata import Metadata, read_metadata
from safepost.engine.images.types import MAX_FILE_BYTES, MAX_PIXELS, ImageError

# Pillow's own bomb check (warning above the limit, error above twice it) backs up ours.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
ImageFile.LOAD_TRUNCATED_IMAGES = False

#: Longest side of the copy the detectors work on; boxes are scaled back to full size.
WORK_MAX_SIDE = 1280
_ROTATING = {5, 6, 7, 8}  # EXIF orientations that swap width and height
_heif_registered = False


@dataclass(frozen=True)
class Loaded:
    """A photo decoded for analysis: ``image`` is RGB at most ``max_side`` on its long side."""

    image: Image.Image
    width: int  # full size, as displayed (orientation applied)
    height: int
    format: str
    frames: int
    meta: Metadata

    @property
    def scale(self) -> float:
        """Multiply working-image coordinates by this to get full-size pixels."""
        return self.width / self.image.width


def read_bytes(path: str | Path) -> bytes:
    """Read a file no larger than ``MAX_FILE_BYTES``."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImageError(phrase("file not found")) from None
    except IsADirectoryError:
        raise ImageError(phrase("is a directory, not an image")) from None
    except OSError as exc:
        raise ImageError(phrase("cannot be read ({why})", why=str(exc.strerror))) from None
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(phrase("is larger than {mb} MB", mb=MAX_FILE_BYTES // (1024 * 1024)))
    return data


def open_image(data: bytes) -> Image.Image:
    """Open (not yet decode) an image, refusing non-images and over-large ones."""
    _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise _open_error(exc, data) from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ImageError(phrase("is damaged and cannot be opened ({why})", why=str(exc))) from None
    _check_size(im.size)
    return im


def load_for_analysis(data: bytes, max_side: int = WORK_MAX_SIDE) -> Loaded:
    """Decode the first frame at reduced size for the detectors, with its metadata."""
    im = open_image(data)
    fmt = (im.format or "unknown").upper()
    frames = int(getattr(im, "n_frames", 1) or 1)
    orientation = _orientation(im)
    width, height = im.size
    if orientation in _ROTATING:
        width, height = height, width
    if fmt == "JPEG":
        # Decode at 1/2, 1/4 or 1/8 scale straight from the DCT: most of the speed on 12-48 MP photos.
        im.draft("RGB", _target(im.size, max_side))
    _decode(im)
    meta = read_metadata(im)
    rgb = _to_rgb(im)
    if orientation > 1:
        rgb = _apply_orientation(rgb, orientation)
    if max(rgb.size) > max_side:
        rgb.thumbnail((max_side, max_side), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return Loaded(rgb, width, height, fmt, frames, meta)


def load_full(data: bytes) -> tuple[Image.Image, str]:
    """Decode the first frame at full size, orientation applied, for writing a clean copy."""
    im = open_image(data)
    fmt = (im.format or "unknown").upper()
    _decode(im)
    orientation = _orientation(im)
    keep_alpha = im.mode in ("RGBA", "LA") or (im.mode == "P" and "transparency" in im.info)
    out = im.convert("RGBA") if keep_alpha else _to_rgb(im)
    if orientation > 1:
        out = _apply_orientation(out, orientation)
    return out, fmt


def _register_heif() -> None:
    global _heif_registered
    if not _heif_registered:
        try:
            from pillow_heif import register_heif_opener

            register_heif_opener()
        except ImportError:  # HEIC support is optional; other formats still work
            pass
        _heif_registered = True


def _open_error(exc: Exception, data: bytes) -> ImageError:
    if isinstance(exc, Image.DecompressionBombWarning | Image.DecompressionBombError):
        return ImageError(phrase("claims more than {mp} megapixels (a decompression bomb?); not decoded", mp=MAX_PIXELS // 1_000_000))
    if not data:
        return ImageError(phrase("is empty, not an image"))
    return ImageError(phrase("is not an image safepost can read (JPEG, PNG, WebP, GIF, HEIC/HEIF), whatever its name"))


def _check_size(size: tuple[int, int]) -> None:
    w, h = size
    if w <= 0 or h <= 0:
        raise ImageError(phrase("has no pixels"))
    if w * h > MAX_PIXELS:
        raise ImageError(phrase("is {w}x{h} ({mp} megapixels), over the {limit}-megapixel limit; not decoded",
                              w=w, h=h, mp=f"{w * h / 1e6:.0f}", limit=MAX_PIXELS // 1_000_000))


def _decode(im: Image.Image) -> None:
    # Pillow's switch is process-wide and other libraries flip it (WeasyPrint sets it to True when
    # imported, as the governors' report does): set it again before every decode, or a truncated
    # photo would pass as whole after a report was rendered in the same process.
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        im.seek(0)
        im.load()
    except (OSError, SyntaxError, ValueError, EOFError, IndexError) as exc:
        detail = str(exc)
        if "truncated" in detail or "broken data stream" in detail or isinstance(exc, EOFError):
            raise ImageError(phrase("is truncated (the file ends before the picture does)")) from None
        raise ImageError(phrase("is damaged and cannot be decoded ({why})", why=detail)) from None
    except MemoryError:
        raise ImageError(phrase("is too large to decode in memory")) from None


def _orientation(im: Image.Image) -> int:
    try:
        value = im.getexif().get(0x0112, 1)
    except Exception:  # broken EXIF must not stop the check; treat as upright
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _apply_orientation(im: Image.Image, orientation: int) -> Image.Image:
    method = {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }[orientation]
    return im.transpose(method)


def _target(size: tuple[int, int], max_side: int) -> tuple[int, int]:
    w, h = size
    ratio = max_side / max(w, h)
    return (max(1, int(w * ratio)), max(1, int(h * ratio))) if ratio < 1 else (w, h)


def _to_rgb(im: Image.Image) -> Image.Image:
    """8-bit RGB from any mode: 16-bit and float scaled (not clipped), alpha over white."""
    mode = im.mode
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        return _wide_to_rgb(im)
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if mode == "RGB":
        return im
    return ImageOps.grayscale(im).convert("RGB") if mode == "1" else im.convert("RGB")


def _wide_to_rgb(im: Image.Image) -> Image.Image:
    arr: np.ndarray[Any, Any] = np.asarray(im, dtype=np.float64)
    top = float(arr.max()) if arr.size else 0.0
    scale = 255.0 / (65535.0 if top > 255 else 255.0 if top > 1 else 1.0)
    grey = np.clip(arr * scale, 0, 255).astype(np.uint8)
    return Image.fromarray(grey).convert("RGB")
