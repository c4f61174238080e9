"""Loading: every format schools get, and bad input as a clear problem, never a crash."""

from __future__ import annotations

import struct
import zlib

import pytest
from PIL import Image

from safepost.engine.images import ImageAnalysis, ImageProblem
from safepost.engine.images.analyse import analyse_bytes, analyse_source
from safepost.engine.images.types import MAX_PIXELS
from tests.engine.images.conftest import EXAMPLES, encode


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` x ``height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "GIF"])
def test_it_reads_the_common_formats(cert: Image.Image, fmt: str) -> None:
    result = analyse_bytes(encode(cert, fmt), ocr=False)
    assert (result.width, result.height, result.format) == (900, 640, fmt)


def test_it_reads_heic() -> None:
    result = analyse_source(str(EXAMPLES / "reading_champion.heic"), None)
    assert isinstance(result, ImageAnalysis) and result.format == "HEIF"
    assert any("Reading" in line.text for line in result.lines)


def test_it_reads_cmyk_and_16_bit_images(cert: Image.Image) -> None:
    cmyk = analyse_bytes(encode(cert.convert("CMYK"), "JPEG"), ocr=False)
    assert cmyk.width == 900
    wide = Image.new("I;16", (300, 200), 40000)
    assert analyse_bytes(encode(wide, "PNG"), ocr=False).height == 200


def test_it_checks_the_first_frame_of_an_animated_gif_and_says_so(cert: Image.Image) -> None:
    frames = [cert.convert("P"), cert.rotate(180).convert("P")]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:])
    result = analyse_bytes(data, ocr=False)
    assert result.frames == 2 and "first of its 2 frames" in result.notes[0]


def test_it_refuses_a_decompression_bomb_without_decoding_it() -> None:
    result = analyse_source(None, _png_claiming(100_000, 100_000))
    assert isinstance(result, ImageProblem) and "megapixel" in result.message


def test_it_refuses_a_200_megapixel_png() -> None:
    result = analyse_source(None, _png_claiming(20_000, 10_000))
    assert isinstance(result, ImageProblem) and "megapixel" in result.message
    assert MAX_PIXELS < 20_000 * 10_000


def test_it_reports_a_truncated_jpeg(faces3: Image.Image) -> None:
    data = encode(faces3, "JPEG", quality=90)
    result = analyse_source(None, data[: len(data) // 2])
    assert isinstance(result, ImageProblem) and "truncated" in result.message


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7 not a photo", b"\xff\xd8\xff garbage"])
def test_it_reports_files_that_are_not_images(data: bytes) -> None:
    result = analyse_source(None, data)
    assert isinstance(result, ImageProblem) and result.message


def test_it_reports_a_missing_file() -> None:
    result = analyse_source("/nonexistent/photo.jpg", None)
    assert isinstance(result, ImageProblem) and "not found" in result.message


def test_it_reports_boxes_in_full_size_pixels_for_large_photos(cert: Image.Image) -> None:
    big = Image.new("RGB", (6000, 4000), (200, 210, 220))
    big.paste(cert.resize((2700, 1920)), (3000, 2000))
    result = analyse_bytes(encode(big, "JPEG", quality=90), faces=False)
    line = next(line for line in result.lines if "Millie" in line.text)
    x, y, w, _h = line.box
    assert 3000 < x < 6000 and 2000 < y < 4000 and w > 500


def test_it_applies_exif_orientation(cert: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # the camera was held on its side
    result = analyse_bytes(encode(cert, "JPEG", exif=exif), faces=False)
    assert (result.width, result.height) == (640, 900)
    assert any("Millie" in line.text for line in result.lines)
