"""Clean copies to publish: orientation applied, every byte of metadata dropped, optional blur.

The copy is rebuilt from pixel values alone (a new image, no ``info``), so EXIF, GPS, XMP,
IPTC, ICC profiles, comments and text chunks cannot survive, whatever the input format held.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageFilter

from safepost.engine.images.load import load_full
from safepost.engine.images.types import Box

#: Output format for each input format: HEIC and GIF become formats every platform shows.
OUTPUT_FORMAT = {"JPEG": "JPEG", "MPO": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "GIF": "PNG", "HEIF": "JPEG"}
EXTENSION = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}


def clean_copy(data: bytes, blur: Sequence[Box] = ()) -> tuple[bytes, str]:
    """The encoded clean copy and its format (``JPEG``, ``PNG`` or ``WEBP``)."""
    image, fmt = load_full(data)
    pixels = Image.frombytes(image.mode, image.size, image.tobytes())  # nothing but pixels
    for box in blur:
        _obscure(pixels, box)
    out_fmt = OUTPUT_FORMAT.get(fmt, "PNG")
    if out_fmt == "JPEG" and pixels.mode != "RGB":
        pixels = pixels.convert("RGB")
    buffer = io.BytesIO()
    options = {"quality": 92} if out_fmt in ("JPEG", "WEBP") else {}
    pixels.save(buffer, out_fmt, **options)
    return buffer.getvalue(), out_fmt


def _obscure(image: Image.Image, box: Box) -> None:
    """Pixelate then blur a box (grown by a margin) so a face or a name cannot be read back."""
    x, y, w, h = box
    margin_x, margin_y = int(w * 0.15) + 2, int(h * 0.15) + 2
    left, top = max(0, x - margin_x), max(0, y - margin_y)
    right, bottom = min(image.width, x + w + margin_x), min(image.height, y + h + margin_y)
    if right <= left or bottom <= top:
        return
    region = image.crop((left, top, right, bottom))
    cells = max(1, min(region.size) // 8)
    small = region.resize((max(1, region.width // cells), max(1, region.height // cells)), Image.Resampling.BILINEAR)
    blocky = small.resize(region.size, Image.Resampling.NEAREST)
    image.paste(blocky.filter(ImageFilter.GaussianBlur(max(2, cells // 2))), (left, top))


def metadata_left(data: bytes) -> list[str]:
    """What metadata an encoded image still carries (empty for a clean copy)."""
    from safepost.engine.images.load import open_image

    im = open_image(data)
    found = []
    if len(im.getexif()):
        found.append("EXIF")
    for key in ("xmp", "XML:com.adobe.xmp", "icc_profile", "comment", "exif", "photoshop"):
        if im.info.get(key):
            found.append(key)
    text = getattr(im, "text", None)
    if text:
        found.append("text chunks")
    return found
