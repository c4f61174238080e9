"""What the image pipeline finds in one photo, as plain frozen data (no Pillow, no numpy).

Everything here is independent of the school, so an analysis can be computed in a worker thread
and reused. Boxes are ``(x, y, w, h)`` in the pixels of the photo as it is displayed (EXIF
orientation applied), at its full resolution, whatever size the detectors worked at.
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[int, int, int, int]

#: Largest photo we decode: 64 megapixels covers 48-MP phone cameras with room to spare.
#: Anything larger (or claiming to be, as a decompression bomb does) is refused before decoding.
MAX_PIXELS = 64_000_000
#: Largest file we read at all.
MAX_FILE_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class Face:
    """A face the detector found. Faces are counted, never identified."""

    box: Box
    confidence: float


@dataclass(frozen=True)
class OcrLine:
    """One line of recognised text. ``char_boxes[i]`` is the box of ``text[i]``."""

    text: str
    box: Box
    char_boxes: tuple[Box, ...]
    confidence: float


@dataclass(frozen=True)
class MetaText:
    """A text value from the photo's metadata: ``label`` says where (``XMP dc:title``...)."""

    label: str
    value: str


@dataclass(frozen=True)
class ImageAnalysis:
    """Everything found in one photo."""

    width: int
    height: int
    format: str
    frames: int = 1
    faces: tuple[Face, ...] = ()
    lines: tuple[OcrLine, ...] = ()
    meta: tuple[MetaText, ...] = ()
    gps: tuple[float, float] | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImageProblem:
    """A photo that could not be checked, and why (one sentence, safe to show the user)."""

    message: str


ImageResult = ImageAnalysis | ImageProblem


class ImageError(Exception):
    """A file that is not an image we can safely decode: too large, truncated, not an image."""


def union(boxes: list[Box]) -> Box | None:
    """The smallest box holding every box in ``boxes``."""
    if not boxes:
        return None
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[0] + b[2] for b in boxes)
    y1 = max(b[1] + b[3] for b in boxes)
    return (x0, y0, x1 - x0, y1 - y0)


RESULTS_KEY = "image-results"
