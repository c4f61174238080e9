"""Drawing helpers for the Pillow-drawn picture sets under ``evaluation/dev-images/``.

A picture is a list of :class:`Row` s (one line of text, or several cells side by side, as on a
row of coat pegs) drawn on a plain card, then optionally turned into something more like a
photo: the card pasted at an angle on a background, noise, blur, low contrast. Everything is
deterministic (a seeded generator per picture), so the sets rebuild byte for byte.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = Path("/usr/share/fonts/truetype")
FACES = {
    "sans": "dejavu/DejaVuSans.ttf",
    "sans-bold": "dejavu/DejaVuSans-Bold.ttf",
    "sans-oblique": "dejavu/DejaVuSans-Oblique.ttf",
    "condensed": "dejavu/DejaVuSansCondensed.ttf",
    "serif": "dejavu/DejaVuSerif.ttf",
    "serif-bold": "dejavu/DejaVuSerif-Bold.ttf",
    "serif-italic": "dejavu/DejaVuSerif-Italic.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "lib-sans": "liberation/LiberationSans-Regular.ttf",
    "lib-bold": "liberation/LiberationSans-Bold.ttf",
    "lib-italic": "liberation/LiberationSans-Italic.ttf",
    "lib-serif": "liberation/LiberationSerif-Regular.ttf",
    "lib-serif-bi": "liberation/LiberationSerif-BoldItalic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrow-bold": "liberation/LiberationSansNarrow-Bold.ttf",
    # handwriting-like: drawn a letter at a time, each a little turned, raised and resized
    "hand": "liberation/LiberationSans-Italic.ttf",
    "hand-marker": "dejavu/DejaVuSans-BoldOblique.ttf",
    "hand-neat": "dejavu/DejaVuSerifCondensed-Italic.ttf",
}


@dataclass(frozen=True)
class Row:
    """One row: a single text, or several cells spread evenly across the card."""

    cells: tuple[str, ...]
    size: int = 32
    face: str = "sans"
    colour: tuple[int, int, int] = (25, 25, 35)
    align: str = "centre"  # centre | left
    lead: str = ""  # printed before the cells, as "Name:" before a handwritten name on its line


def row(*cells: str, size: int = 32, face: str = "sans", colour: tuple[int, int, int] = (25, 25, 35),
        align: str = "centre", lead: str = "") -> Row:
    return Row(tuple(cells), size, face, colour, align, lead)


@dataclass(frozen=True)
class Picture:
    file: str
    rows: tuple[Row, ...]
    names: tuple[str, ...]  # the pupil names shown, exactly as drawn
    width: int = 900
    paper: tuple[int, int, int] = (252, 250, 240)
    border: tuple[int, int, int] | None = (40, 70, 140)
    angle: float = 0.0  # degrees the card is turned on its background
    noise: float = 0.0  # standard deviation of grey noise, 0-255
    blur: float = 0.0
    background: tuple[int, int, int] = (120, 110, 100)
    boxed_cells: bool = False  # a frame round each cell (peg labels, drawer labels)
    extra: dict[str, float] = field(default_factory=dict)


def font(face: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS / FACES[face]), size)


def draw_card(pic: Picture) -> Image.Image:
    height = 70 + sum(int(r.size * 1.8) for r in pic.rows)
    im = Image.new("RGB", (pic.width, height), pic.paper)
    d = ImageDraw.Draw(im)
    if pic.border is not None:
        d.rectangle([8, 8, pic.width - 9, height - 9], outline=pic.border, width=4)
    y = 35
    for r in pic.rows:
        f = font(r.face, r.size)
        slot = pic.width / len(r.cells)
        lead_w = 0.0
        if r.lead:
            lead_font = font("sans", int(r.size * 0.8))
            d.text((40, y + r.size * 0.2), r.lead, fill=(25, 25, 35), font=lead_font)
            lead_w = d.textlength(r.lead, font=lead_font) + 16
            d.line([40 + lead_w, y + r.size * 1.15, pic.width - 60, y + r.size * 1.15], fill=(90, 90, 90), width=2)
        for k, cell in enumerate(r.cells):
            w = d.textlength(cell, font=f)
            x = 40 if r.align == "left" and len(r.cells) == 1 else k * slot + (slot - w) / 2
            x += lead_w
            if pic.boxed_cells and cell:
                d.rectangle([x - 14, y - 8, x + w + 14, y + r.size * 1.3], outline=(90, 90, 90), width=2)
            if r.face.startswith("hand"):
                draw_hand(im, (x, y), cell, f, r.colour)
            else:
                d.text((x, y), cell, fill=r.colour, font=f)
        if "ruled" in pic.extra:
            d.line([20, y + r.size * 1.45, pic.width - 20, y + r.size * 1.45], fill=(150, 180, 215), width=2)
        y += int(r.size * 1.8)
    return im


def draw_hand(im: Image.Image, xy: tuple[float, float], text: str, f: ImageFont.FreeTypeFont,
              colour: tuple[int, int, int]) -> None:
    """Handwriting-like text: each letter a little turned, raised or lowered and resized (seeded
    by the text, so a set rebuilds byte for byte)."""
    rng = random.Random(text)
    x, y = xy
    for ch in text:
        size = max(8, round(f.size * rng.uniform(0.9, 1.1)))
        g = f.font_variant(size=size)
        adv = g.getlength(ch)
        if ch.strip():
            tile = Image.new("RGBA", (int(size * 1.8), int(size * 1.8)), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((size * 0.4, size * 0.3), ch, fill=(*colour, 255), font=g)
            tile = tile.rotate(rng.uniform(-9, 9), resample=Image.Resampling.BICUBIC)
            im.paste(tile, (round(x - size * 0.4), round(y - size * 0.3 + rng.uniform(-0.08, 0.08) * size)), tile)
        x += adv * rng.uniform(0.95, 1.1)


def keystone(im: Image.Image, tilt: float, background: tuple[int, int, int]) -> Image.Image:
    """The card photographed at an angle: one side nearer the camera (a perspective warp)."""
    w, h = im.size
    m = 40
    dst = [(m + tilt * w, m + 0.6 * tilt * h), (m + w, m), (m + w, m + h), (m + tilt * w, m + h - 0.6 * tilt * h)]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    rows, rhs = [], []
    for (X, Y), (u, v) in zip(dst, src, strict=True):  # output point (X, Y) samples input (u, v)
        rows.append([X, Y, 1, 0, 0, 0, -u * X, -u * Y])
        rows.append([0, 0, 0, X, Y, 1, -v * X, -v * Y])
        rhs.extend([u, v])
    coeffs = _solve(rows, rhs)
    out = im.convert("RGBA").transform((w + 2 * m, h + 2 * m), Image.Transform.PERSPECTIVE, coeffs,
                                       Image.Resampling.BICUBIC)
    bg = Image.new("RGBA", out.size, (*background, 255))
    bg.alpha_composite(out)
    return bg.convert("RGB")


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination for the 8 perspective coefficients (no numpy needed here)."""
    n = len(b)
    m = [[*r, v] for r, v in zip(a, b, strict=True)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                k = m[r][c] / m[c][c]
                m[r] = [x - k * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[r][n] / m[r][r] for r in range(n)]


def as_photo(card: Image.Image, pic: Picture, rng: random.Random) -> Image.Image:
    """The card at an angle on a background, with noise and blur when the picture asks for them."""
    im = card
    if "tilt" in pic.extra:
        im = keystone(im, pic.extra["tilt"], pic.background)
    if pic.angle:
        im = card.convert("RGBA").rotate(pic.angle, resample=Image.Resampling.BICUBIC, expand=True)
        bg = Image.new("RGBA", (im.width + 60, im.height + 60), (*pic.background, 255))
        bg.alpha_composite(im, (30, 30))
        im = bg.convert("RGB")
    if pic.blur:
        im = im.filter(ImageFilter.GaussianBlur(pic.blur))
    if pic.noise:
        noise = Image.effect_noise(im.size, pic.noise).convert("RGB")
        grey = Image.new("RGB", im.size, (128, 128, 128))
        im = Image.blend(im, Image.blend(grey, noise, 1.0), 0.25)
    if "contrast" in pic.extra:
        flat = Image.new("RGB", im.size, (200, 200, 200))
        im = Image.blend(im, flat, pic.extra["contrast"])
    if "scale" in pic.extra:
        s = pic.extra["scale"]
        im = im.resize((int(im.width * s), int(im.height * s)), Image.Resampling.BILINEAR)
    rng.random()  # keep one draw per picture so adding effects later does not shift the others
    return im


def draw_set(out: Path, pictures: tuple[Picture, ...],
             boards: tuple[Board, ...] = ()) -> list[dict[str, object]]:
    """Draw the boards, then the pictures, into ``out/images`` and say how many; their
    ``images.jsonl`` rows, in that order.

    The school files and ``images.jsonl`` itself are written by ``evaluation.builder``, as for the
    posts sets; together they make a directory ``bench/quality.py --kind images --bench`` can score.
    """
    (out / "images").mkdir(parents=True, exist_ok=True)
    rows = write_boards(out, boards)
    for n, pic in enumerate(pictures):
        rng = random.Random(n)
        as_photo(draw_card(pic), pic, rng).save(out / "images" / pic.file)
        rows.append({"file": f"images/{pic.file}", "pupil_names": [{"text": t} for t in pic.names]})
    names = sum(len(b.names) for b in boards) + sum(len(p.names) for p in pictures)
    print(f"{len(boards) + len(pictures)} pictures, {names} names -> {out}")
    return rows


@dataclass(frozen=True)
class Board:
    """A display board: a title across the top and cards in a grid, as on a classroom wall."""

    file: str
    title: str
    cards: tuple[tuple[str, ...], ...]  # each card: its heading, then its lines
    names: tuple[str, ...]
    cols: int = 3
    wall: tuple[int, int, int] = (30, 80, 110)
    card: tuple[int, int, int] = (255, 252, 235)
    angle: float = 0.0
    noise: float = 0.0
    turn: int = 0  # quarter turns anticlockwise (a photo taken sideways)
    hand: bool = False  # the cards' lines handwritten (the headings stay printed)
    extra: dict[str, float] = field(default_factory=dict)  # as a Picture's: tilt, contrast


def draw_board(b: Board) -> Image.Image:
    rows = (len(b.cards) + b.cols - 1) // b.cols
    w, card_h = 1000, 190
    h = 130 + rows * (card_h + 30)
    im = Image.new("RGB", (w, h), b.wall)
    d = ImageDraw.Draw(im)
    title = font("sans-bold", 40)
    d.text(((w - d.textlength(b.title, font=title)) / 2, 40), b.title, fill=(255, 255, 255), font=title)
    card_w = (w - 60 - (b.cols - 1) * 30) / b.cols
    for k, lines in enumerate(b.cards):
        x = 30 + (k % b.cols) * (card_w + 30)
        y = 120 + (k // b.cols) * (card_h + 30)
        d.rectangle([x, y, x + card_w, y + card_h], fill=b.card, outline=(50, 50, 50), width=2)
        for n, line in enumerate(lines):
            f = font("sans-bold", 26) if n == 0 else font("lib-italic", 22)
            if n and b.hand:
                draw_hand(im, (x + 14, y + 16 + n * 40), line, font("hand-marker", 24), (30, 40, 120))
            else:
                d.text((x + 14, y + 16 + n * 40), line, fill=(20, 20, 20), font=f)
    return im


def board_photo(b: Board) -> Image.Image:
    pic = Picture(b.file, (), b.names, angle=b.angle, noise=b.noise, extra=b.extra)
    im = as_photo(draw_board(b), pic, random.Random(0))
    for _ in range(b.turn):
        im = im.transpose(Image.Transpose.ROTATE_90)
    return im


def write_boards(out: Path, boards: tuple[Board, ...]) -> list[dict[str, object]]:
    """Draw the boards into ``out/images``; their images.jsonl rows (the pictures' follow)."""
    (out / "images").mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, object]] = []
    for b in boards:
        board_photo(b).save(out / "images" / b.file)
        rows.append({"file": f"images/{b.file}", "pupil_names": [{"text": t} for t in b.names]})
    return rows
