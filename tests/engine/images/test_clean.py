"""Clean copies: no metadata at all, orientation applied, faces and names blurred."""

from __future__ import annotations

import io
import subprocess
import sys

from PIL import Image

from safepost.engine.images.clean import clean_copy, metadata_left
from tests.engine.images.conftest import EXAMPLES, REPO, encode


def test_it_removes_every_kind_of_metadata(faces3: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x010E] = "Caption naming a child"
    exif.get_ifd(0x8825).update({1: "N", 2: (51.0, 1.0, 2.0), 3: "W", 4: (3.0, 4.0, 5.0)})
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>'
    data = encode(faces3, "JPEG", exif=exif, xmp=xmp, icc_profile=b"\0" * 200, comment=b"hello")
    assert metadata_left(data)
    for fmt in ("JPEG", "PNG", "WEBP"):
        source = data if fmt == "JPEG" else encode(faces3, fmt, exif=exif)
        out, _ = clean_copy(source)
        assert metadata_left(out) == []
        assert not Image.open(io.BytesIO(out)).getexif()


def test_it_applies_orientation(faces3: Image.Image) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    out, fmt = clean_copy(encode(faces3, "JPEG", exif=exif))
    assert fmt == "JPEG" and Image.open(io.BytesIO(out)).size == (faces3.height, faces3.width)


def test_it_blurs_the_boxes_it_is_given(faces3: Image.Image) -> None:
    box = (100, 100, 200, 200)
    out, _ = clean_copy(encode(faces3, "PNG"), blur=[box])
    before = faces3.crop((100, 100, 300, 300))
    after = Image.open(io.BytesIO(out)).convert("RGB").crop((100, 100, 300, 300))
    assert before.tobytes() != after.tobytes()
    assert faces3.crop((900, 600, 1000, 700)).tobytes() == Image.open(io.BytesIO(out)).convert("RGB").crop(
        (900, 600, 1000, 700)).tobytes()


def test_it_writes_clean_blurred_copies_from_the_command_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = subprocess.run([sys.executable, "-m", "safepost", "clean", "--blur", "--school", "examples/school", "--out",
                          str(tmp_path), str(EXAMPLES / "trip_with_gps.jpg"), str(EXAMPLES / "star_of_the_week.png"),
                          str(EXAMPLES / "reading_champion.heic")], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    for name in ("trip_with_gps.jpg", "star_of_the_week.png", "reading_champion.jpg"):
        data = (tmp_path / name).read_bytes()
        assert metadata_left(data) == []
    assert "area(s) blurred" in out.stdout


def test_it_refuses_to_overwrite_the_original() -> None:
    out = subprocess.run([sys.executable, "-m", "safepost", "clean", "--out", str(EXAMPLES), str(EXAMPLES / "empty_hall.png")],
                         cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 2 and "overwrite" in out.stderr
