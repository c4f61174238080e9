"""Synthetic test pictures: drawn faces, certificates, name labels, worksheets, phone-sized photos.

No photograph of a real person is used anywhere: faces are drawn with Pillow in a way the
YuNet detector recognises as faces, and names come from the invented example roster. Used by
``bench/faces.py``, ``bench/images_speed.py``, the tests in ``tests/engine/images/`` and to
make ``examples/images/`` (``python bench/synthetic_images.py examples/images``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SKINS = [(241, 194, 160), (224, 172, 140), (198, 134, 96), (141, 85, 54), (92, 58, 38)]
HAIRS = [(40, 28, 18), (90, 60, 30), (200, 160, 90), (20, 20, 20), (150, 70, 30)]


def font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled scalable font: the same on every machine."""
    return ImageFont.load_default(size=size)


def draw_face(d: ImageDraw.ImageDraw, cx: float, cy: float, s: float, skin: tuple[int, int, int],
              hair: tuple[int, int, int]) -> tuple[int, int, int, int]:
    """A simple shaded face of height about ``s`` centred on (cx, cy), with neck and shoulders.

    Shading (eye sockets, a lit forehead) matters: YuNet finds these at every skin tone, where
    flat cartoon faces with dark skin were missed.
    """

    def tone(k: float, add: int = 0) -> tuple[int, int, int]:
        return (min(255, int(skin[0] * k) + add), min(255, int(skin[1] * k) + add), min(255, int(skin[2] * k) + add))

    d.rectangle([cx - s * 0.18, cy + s * 0.4, cx + s * 0.18, cy + s * 0.8], fill=tone(0.85))
    d.ellipse([cx - s * 0.9, cy + s * 0.7, cx + s * 0.9, cy + s * 1.6], fill=(60, 90, 160))
    d.ellipse([cx - s * 0.52, cy - s * 0.72, cx + s * 0.52, cy + s * 0.35], fill=hair)
    for side in (-1, 1):
        d.ellipse([cx + side * s * 0.43 - s * 0.07, cy - s * 0.12, cx + side * s * 0.43 + s * 0.07, cy + s * 0.12],
                  fill=tone(0.9))
    d.ellipse([cx - s * 0.42, cy - s * 0.52, cx + s * 0.42, cy + s * 0.6], fill=tone(0.85))
    d.ellipse([cx - s * 0.34, cy - s * 0.44, cx + s * 0.34, cy + s * 0.5], fill=skin)
    d.ellipse([cx - s * 0.16, cy - s * 0.4, cx + s * 0.16, cy - s * 0.22], fill=tone(1.12, 8))
    for ex in (-0.17 * s, 0.17 * s):
        d.ellipse([cx + ex - s * 0.11, cy - s * 0.16, cx + ex + s * 0.11, cy + s * 0.02], fill=tone(0.7))
        d.ellipse([cx + ex - s * 0.08, cy - s * 0.1, cx + ex + s * 0.08, cy - s * 0.01], fill=(240, 240, 235))
        d.ellipse([cx + ex - s * 0.04, cy - s * 0.1, cx + ex + s * 0.04, cy - s * 0.01], fill=(30, 20, 15))
        d.line([cx + ex - s * 0.11, cy - s * 0.21, cx + ex + s * 0.11, cy - s * 0.22], fill=(25, 18, 12),
               width=max(2, int(s * 0.04)))
    d.polygon([(cx, cy - s * 0.02), (cx - s * 0.07, cy + s * 0.17), (cx + s * 0.07, cy + s * 0.17)], fill=tone(0.7))
    d.ellipse([cx - s * 0.15, cy + s * 0.24, cx + s * 0.15, cy + s * 0.34], fill=(120, 45, 45))
    return (int(cx - s * 0.42), int(cy - s * 0.52), int(s * 0.84), int(s * 1.12))


def face_scene(n: int, seed: int, size: tuple[int, int] = (1200, 800)) -> Image.Image:
    """A picture with exactly ``n`` drawn faces (0 allowed) of varied size, skin and place."""
    rng = random.Random(seed)
    w, h = size
    im = Image.new("RGB", size, _colour(rng, 90, 200))
    d = ImageDraw.Draw(im)
    for _ in range(rng.randint(2, 6)):  # background shapes that are not faces
        x, y = rng.randint(0, w), rng.randint(0, h)
        r = rng.randint(20, 150)
        d.rectangle([x, y, x + r * 2, y + r], fill=_colour(rng, 60, 230))
    placed: list[tuple[float, float, float]] = []
    tries = 0
    while len(placed) < n and tries < 5000:
        tries += 1
        s = rng.uniform(60, 170) * min(w, h) / 800
        cx, cy = rng.uniform(s, w - s), rng.uniform(s * 0.8, h - s * 1.2)
        if all(abs(cx - px) > (s + ps) * 0.95 or abs(cy - py) > (s + ps) * 1.3 for px, py, ps in placed):
            placed.append((cx, cy, s))
    for cx, cy, s in placed:
        draw_face(d, cx, cy, s, rng.choice(SKINS), rng.choice(HAIRS))
        d = ImageDraw.Draw(im)
    return im.filter(ImageFilter.GaussianBlur(1.5))


def _colour(rng: random.Random, lo: int, hi: int) -> tuple[int, int, int]:
    return (rng.randint(lo, hi), rng.randint(lo, hi), rng.randint(lo, hi))


def certificate(title: str, name: str, reason: str, signed: str, size: tuple[int, int] = (900, 640)) -> Image.Image:
    """An award certificate with the pupil's name in large letters."""
    w, h = size
    im = Image.new("RGB", size, (255, 250, 235))
    d = ImageDraw.Draw(im)
    d.rectangle([20, 20, w - 20, h - 20], outline=(180, 140, 40), width=10)
    _centre(d, title, h * 0.22, font(int(h * 0.08)), w, (120, 40, 40))
    _centre(d, "Awarded to", h * 0.42, font(int(h * 0.04)), w, (60, 60, 60))
    _centre(d, name, h * 0.55, font(int(h * 0.085)), w, (20, 20, 90))
    _centre(d, reason, h * 0.7, font(int(h * 0.045)), w, (60, 60, 60))
    _centre(d, signed, h * 0.84, font(int(h * 0.04)), w, (60, 60, 60))
    return im


def name_labels(names: list[str], heading: str) -> Image.Image:
    """Coat-peg or tray labels: one name per card."""
    cols = 3
    rows = (len(names) + cols - 1) // cols
    im = Image.new("RGB", (900, 140 + rows * 180), (244, 244, 238))
    d = ImageDraw.Draw(im)
    _centre(d, heading, 50, font(36), 900, (40, 40, 40))
    for i, name in enumerate(names):
        x, y = 40 + (i % cols) * 280, 110 + (i // cols) * 180
        d.rounded_rectangle([x, y, x + 250, y + 140], 14, fill=[(225, 190, 230), (190, 220, 250), (255, 235, 180)][i % 3],
                            outline=(90, 90, 90), width=3)
        _centre(d, name, y + 70, font(40), 250, (25, 25, 25), left=x)
    return im


def worksheet(name: str, title: str, lines: list[str]) -> Image.Image:
    """A worksheet with the pupil's name written at the top."""
    im = Image.new("RGB", (850, 1100), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.text((50, 40), f"Name: {name}", font=font(30), fill=(30, 30, 120))
    d.text((450, 40), "Date: 14.05.26", font=font(30), fill=(30, 30, 30))
    _centre(d, title, 140, font(40), 850, (0, 0, 0))
    for i, line in enumerate(lines):
        d.text((60, 220 + i * 70), line, font=font(28), fill=(40, 40, 40))
    return im


def phone_photo(seed: int, size: tuple[int, int] = (4032, 3024), faces: int = 3,
                name: str | None = "Grace Whitworth") -> Image.Image:
    """A 12-megapixel 'photo': a face scene with a certificate held up, plus sensor noise."""
    scene = face_scene(faces, seed, size=(1600, 1200))
    if name:
        card = certificate("Star of the Week", name, "for kindness", "Mr Lewis", size=(600, 420))
        scene.paste(card, (950, 700))
    im = scene.resize(size, Image.Resampling.BICUBIC)
    noise = Image.effect_noise(size, 12).convert("RGB")
    return Image.blend(im, noise, 0.06)


def _centre(d: ImageDraw.ImageDraw, text: str, y: float, f: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int,
            fill: tuple[int, int, int], left: int = 0) -> None:
    box = d.textbbox((0, 0), text, font=f)
    d.text((left + (width - (box[2] - box[0])) / 2, y - (box[3] - box[1]) / 2), text, font=f, fill=fill)


def make_examples(out: Path) -> None:
    """The example images shipped in ``examples/images/`` (names from examples/school)."""
    out.mkdir(parents=True, exist_ok=True)
    certificate("Star of the Week", "Millie Hartley", "for brilliant teamwork", "Mrs Bennett").save(out / "star_of_the_week.png")
    name_labels(["Millie", "Will", "Zosia", "Harry", "Jack", "Poppy"], "Kestrels - coat pegs").save(out / "coat_pegs.png")
    worksheet("Olivia Sutcliffe", "The Water Cycle", ["1. What is evaporation?", "2. Draw a cloud."]).save(
        out / "worksheet.webp", quality=90)
    face_scene(4, seed=7).save(out / "sports_day_faces.jpg", quality=88)
    face_scene(0, seed=3).save(out / "empty_hall.png")
    trip = face_scene(2, seed=11)
    exif = Image.Exif()
    exif[0x010E] = "Residential trip with Grace Whitworth"
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (51.0, 38.0, 12.5), 3: "W", 4: (3.0, 13.0, 40.2)})
    trip.save(out / "trip_with_gps.jpg", exif=exif, quality=88)
    try:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        certificate("Reading Champion", "Mo Iqbal", "100 books read!", "Mrs Bennett").save(out / "reading_champion.heic", quality=80)
    except ImportError:
        pass


if __name__ == "__main__":
    make_examples(Path(sys.argv[1] if len(sys.argv) > 1 else "examples/images"))
