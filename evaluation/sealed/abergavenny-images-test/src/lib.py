"""Drawing helpers for Rhodri's classroom-photo image sets (Pillow + numpy only).

Every piece of text goes through one of the text helpers below, which log it in LOG,
so the checker can confirm that each labelled pupil name really was drawn.
"""
import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FD = "/usr/share/fonts/truetype/"
FONT_FILES = {
    "sans": "dejavu/DejaVuSans.ttf",
    "sansb": "dejavu/DejaVuSans-Bold.ttf",
    "sansi": "dejavu/DejaVuSans-Oblique.ttf",
    "sansbi": "dejavu/DejaVuSans-BoldOblique.ttf",
    "light": "dejavu/DejaVuSans-ExtraLight.ttf",
    "cond": "dejavu/DejaVuSansCondensed.ttf",
    "condb": "dejavu/DejaVuSansCondensed-Bold.ttf",
    "condi": "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "serif": "dejavu/DejaVuSerif.ttf",
    "serifb": "dejavu/DejaVuSerif-Bold.ttf",
    "serifi": "dejavu/DejaVuSerif-Italic.ttf",
    "serifbi": "dejavu/DejaVuSerif-BoldItalic.ttf",
    "serifcb": "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "mono": "dejavu/DejaVuSansMono.ttf",
    "monob": "dejavu/DejaVuSansMono-Bold.ttf",
    "lsans": "liberation/LiberationSans-Regular.ttf",
    "lsansb": "liberation/LiberationSans-Bold.ttf",
    "lsansi": "liberation/LiberationSans-Italic.ttf",
    "lsansbi": "liberation/LiberationSans-BoldItalic.ttf",
    "narrow": "liberation/LiberationSansNarrow-Regular.ttf",
    "narrowb": "liberation/LiberationSansNarrow-Bold.ttf",
    "narrowi": "liberation/LiberationSansNarrow-Italic.ttf",
    "narrowbi": "liberation/LiberationSansNarrow-BoldItalic.ttf",
    "lserif": "liberation/LiberationSerif-Regular.ttf",
    "lserifb": "liberation/LiberationSerif-Bold.ttf",
    "lserifi": "liberation/LiberationSerif-Italic.ttf",
    "lserifbi": "liberation/LiberationSerif-BoldItalic.ttf",
    "lmono": "liberation/LiberationMono-Regular.ttf",
    "lmonob": "liberation/LiberationMono-Bold.ttf",
}
_fc = {}


def F(name, size):
    key = (name, int(size))
    if key not in _fc:
        _fc[key] = ImageFont.truetype(FD + FONT_FILES[name], int(size))
    return _fc[key]


LOG = []


def reset_log():
    LOG.clear()


def _log(t):
    LOG.append(t)


def rnd(a, b):
    return random.uniform(a, b)


# ---------------------------------------------------------------- text
def T(img, xy, text, font, fill, anchor="la", stroke=0, stroke_fill=None, spacing=4):
    d = ImageDraw.Draw(img)
    d.text(xy, text, font=font, fill=fill, anchor=anchor, stroke_width=stroke,
           stroke_fill=stroke_fill, spacing=spacing)
    for line in text.split("\n"):
        _log(line)


def Tc(img, cx, y, text, font, fill, **kw):
    T(img, (cx, y), text, font, fill, anchor="ma", **kw)


def fit(fontname, text, maxw, size, minsize=8):
    while size > minsize and F(fontname, size).getlength(text) > maxw:
        size -= 1
    return F(fontname, size)


def rot_text(img, xy, text, font, fill, angle, anchor="mm", stroke=0, stroke_fill=None):
    """Draw text rotated by angle (degrees, counter-clockwise) centred at xy."""
    w = int(font.getlength(text)) + 2 * font.size
    h = int(font.size * 2.2)
    layer = Image.new("L", (w, h), 0)
    ImageDraw.Draw(layer).text((w / 2, h / 2), text, font=font, fill=255, anchor="mm",
                               stroke_width=stroke, stroke_fill=255)
    layer = layer.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    if stroke and stroke_fill is not None:
        # outline: paste an outline layer first
        pass
    col = Image.new("RGB", layer.size, fill)
    x, y = xy
    img.paste(col, (int(x - layer.size[0] / 2), int(y - layer.size[1] / 2)), layer)
    _log(text)


def hand(img, xy, text, font, fill, jitter=1.2, rot=5, spacing=1.0, thick=0, log=True):
    """Fake handwriting: each glyph gets its own small rotation and baseline wobble.
    Returns the x after the last glyph."""
    x, y = xy
    s = font.size
    drift = 0.0
    for ch in text:
        if ch == " ":
            x += font.getlength(" ") * spacing * rnd(0.9, 1.4)
            continue
        w = font.getlength(ch)
        size = (int(w + s * 0.8), int(s * 1.7))
        layer = Image.new("L", size, 0)
        ImageDraw.Draw(layer).text((s * 0.4, s * 0.25), ch, font=font, fill=255,
                                   stroke_width=thick, stroke_fill=255)
        layer = layer.rotate(rnd(-rot, rot), resample=Image.Resampling.BICUBIC)
        drift += random.gauss(0, jitter * 0.25)
        drift = max(-jitter * 2, min(jitter * 2, drift))
        dy = random.gauss(0, jitter * 0.6) + drift
        img.paste(Image.new("RGB", size, fill), (int(x - s * 0.4), int(y - s * 0.25 + dy)), layer)
        x += w * spacing + rnd(-jitter * 0.4, jitter * 0.6) + thick
    if log:
        _log(text)
    return x


def hand_width(text, font, spacing=1.0, thick=0):
    return font.getlength(text) * spacing + thick * len(text) + font.getlength(" ") * 0.15 * text.count(" ")


def hand_c(img, cx, y, text, font, fill, **kw):
    w = hand_width(text, font, kw.get("spacing", 1.0), kw.get("thick", 0))
    return hand(img, (cx - w / 2, y), text, font, fill, **kw)


# ---------------------------------------------------------------- shapes
def star_pts(cx, cy, r, r2=None, n=5, rot=-90):
    r2 = r2 or r * 0.45
    pts = []
    for i in range(2 * n):
        a = math.radians(rot + i * 180 / n)
        rr = r if i % 2 == 0 else r2
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    return pts


def star(img, cx, cy, r, fill, outline=None, width=2, rot=-90):
    ImageDraw.Draw(img).polygon(star_pts(cx, cy, r, rot=rot), fill=fill, outline=outline, width=width)


def bunting(img, y, x0, x1, n, cols, size=40):
    d = ImageDraw.Draw(img)
    d.line([(x0, y), (x1, y)], fill=(90, 90, 90), width=2)
    step = (x1 - x0) / n
    for i in range(n):
        x = x0 + i * step
        d.polygon([(x + 3, y), (x + step - 3, y), (x + step / 2, y + size)], fill=cols[i % len(cols)])


def scallop_border(img, col, r=18, inset=0):
    W, H = img.size
    d = ImageDraw.Draw(img)
    for x in range(0, W + r, 2 * r):
        d.ellipse([x - r, inset - r, x + r, inset + r], fill=col)
        d.ellipse([x - r, H - inset - r, x + r, H - inset + r], fill=col)
    for y in range(0, H + r, 2 * r):
        d.ellipse([inset - r, y - r, inset + r, y + r], fill=col)
        d.ellipse([W - inset - r, y - r, W - inset + r, y + r], fill=col)


def balloon(img, cx, cy, r, col):
    d = ImageDraw.Draw(img)
    d.line([(cx, cy + r * 1.2), (cx + rnd(-15, 15), cy + r * 2.6)], fill=(80, 80, 80), width=2)
    d.ellipse([cx - r, cy - r * 1.2, cx + r, cy + r * 1.2], fill=col, outline=tuple(max(0, c - 60) for c in col), width=2)
    d.polygon([(cx - 6, cy + r * 1.35), (cx + 6, cy + r * 1.35), (cx, cy + r * 1.15)], fill=col)
    d.ellipse([cx - r * 0.55, cy - r * 0.8, cx - r * 0.25, cy - r * 0.35], fill=tuple(min(255, c + 70) for c in col))


def pin(img, x, y, col=(200, 30, 30), r=7):
    d = ImageDraw.Draw(img)
    d.ellipse([x - r + 2, y - r + 3, x + r + 2, y + r + 3], fill=(60, 60, 60))
    d.ellipse([x - r, y - r, x + r, y + r], fill=col)
    d.ellipse([x - r / 3 - 2, y - r / 3 - 2, x - 1, y - 1], fill=(255, 255, 255))


def tape(img, x, y, w=70, h=24, angle=20):
    layer = Image.new("RGBA", (w, h), (235, 230, 200, 150))
    layer = layer.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    img.paste(layer, (int(x - layer.size[0] / 2), int(y - layer.size[1] / 2)), layer)


def ruled_lines(img, x0, x1, y0, y1, gap, col=(170, 200, 230), margin=None):
    d = ImageDraw.Draw(img)
    y = y0
    while y < y1:
        d.line([(x0, y), (x1, y)], fill=col, width=1)
        y += gap
    if margin:
        d.line([(margin, y0 - gap), (margin, y1)], fill=(230, 150, 150), width=2)


def doodle(img, box, col, n=6, width=3):
    """Random child-like scribble / drawing strokes inside box."""
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    for _ in range(n):
        pts = [(rnd(x0, x1), rnd(y0, y1))]
        for _ in range(random.randint(3, 8)):
            px, py = pts[-1]
            pts.append((min(x1, max(x0, px + rnd(-60, 60))), min(y1, max(y0, py + rnd(-40, 40)))))
        d.line(pts, fill=col, width=width, joint="curve")


def sun(img, cx, cy, r, col=(250, 200, 40)):
    d = ImageDraw.Draw(img)
    for i in range(12):
        a = i * math.pi / 6
        d.line([(cx + r * 1.2 * math.cos(a), cy + r * 1.2 * math.sin(a)),
                (cx + r * 1.7 * math.cos(a), cy + r * 1.7 * math.sin(a))], fill=col, width=4)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)


def snowflake(img, cx, cy, r, col=(120, 170, 230), width=3):
    d = ImageDraw.Draw(img)
    for i in range(6):
        a = i * math.pi / 3
        ex, ey = cx + r * math.cos(a), cy + r * math.sin(a)
        d.line([(cx, cy), (ex, ey)], fill=col, width=width)
        for s in (0.55,):
            mx, my = cx + r * s * math.cos(a), cy + r * s * math.sin(a)
            for da in (0.6, -0.6):
                d.line([(mx, my), (mx + r * 0.3 * math.cos(a + da), my + r * 0.3 * math.sin(a + da))], fill=col, width=width)


def cloud(img, cx, cy, r, col=(200, 205, 215)):
    d = ImageDraw.Draw(img)
    for dx, dy, k in ((-r, 0, 0.7), (0, -r * 0.4, 1.0), (r, 0, 0.75), (r * 0.4, r * 0.2, 0.8), (-r * 0.4, r * 0.25, 0.8)):
        d.ellipse([cx + dx - r * k, cy + dy - r * k, cx + dx + r * k, cy + dy + r * k], fill=col)


def dragon_flag(img, box):
    """A very rough Welsh flag (white over green, red blob dragon)."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    my = (y0 + y1) / 2
    d.rectangle([x0, y0, x1, my], fill=(250, 250, 250))
    d.rectangle([x0, my, x1, y1], fill=(30, 150, 60))
    w, h = x1 - x0, y1 - y0
    cx, cy = x0 + w * 0.5, y0 + h * 0.5
    d.ellipse([cx - w * 0.22, cy - h * 0.15, cx + w * 0.18, cy + h * 0.2], fill=(200, 25, 35))
    d.polygon([(cx + w * 0.12, cy - h * 0.05), (cx + w * 0.32, cy - h * 0.3), (cx + w * 0.25, cy)], fill=(200, 25, 35))
    d.polygon([(cx - w * 0.2, cy), (cx - w * 0.38, cy - h * 0.25), (cx - w * 0.3, cy + h * 0.05)], fill=(200, 25, 35))
    d.rectangle([x0, y0, x1, y1], outline=(120, 120, 120), width=1)


def book_cover(img, box, title, author, bg, fg, fontname="sansb", deco=None):
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    d.rectangle([x0 + 5, y0 + 6, x1 + 5, y1 + 6], fill=(40, 40, 40))
    d.rectangle(box, fill=bg)
    w = x1 - x0
    words = title.split(" ")
    lines, cur = [], ""
    fsz = max(14, int(w / 7))
    f = F(fontname, fsz)
    for wd in words:
        test = (cur + " " + wd).strip()
        if f.getlength(test) > w - 16 and cur:
            lines.append(cur)
            cur = wd
        else:
            cur = test
    lines.append(cur)
    y = y0 + 14
    for ln in lines:
        ff = fit(fontname, ln, w - 14, fsz)
        Tc(img, (x0 + x1) / 2, y, ln, ff, fg)
        y += ff.size * 1.15
    if deco == "star":
        star(img, (x0 + x1) / 2, (y + y1) / 2, w * 0.2, (250, 210, 50))
    elif deco == "moon":
        d.ellipse([x0 + w * 0.3, y + 10, x0 + w * 0.7, y + 10 + w * 0.4], fill=(250, 240, 190))
    elif deco == "snow":
        snowflake(img, (x0 + x1) / 2, (y + y1) / 2 - 10, w * 0.18, (255, 255, 255))
    elif deco == "tree":
        d.polygon([((x0 + x1) / 2, y + 10), (x0 + w * 0.25, y1 - 50), (x0 + w * 0.75, y1 - 50)], fill=(40, 120, 60))
    elif deco == "sun":
        sun(img, (x0 + x1) / 2, (y + y1) / 2 - 10, w * 0.12)
    if author:
        fa = fit("sans", author, w - 12, max(11, int(w / 12)))
        Tc(img, (x0 + x1) / 2, y1 - fa.size - 10, author, fa, fg)


# ---------------------------------------------------------------- backgrounds
def lowfreq(W, H, cell=80, amp=1.0):
    small = np.random.rand(H // cell + 3, W // cell + 3)
    im = Image.fromarray((small * 255).astype(np.uint8)).resize((W + 3 * cell, H + 3 * cell), Image.Resampling.BICUBIC)
    a = np.asarray(im, dtype=np.float32)[:H, :W] / 255.0 - 0.5
    return a * amp


def from_arr(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def bg_wood(W, H, base=(156, 112, 72)):
    y = np.arange(H)[:, None]
    x = np.arange(W)[None, :]
    grain = np.sin((y + 18 * np.sin(x / 130.0) + lowfreq(W, H, 40, 30)) / rnd(3, 6)) * 10
    lf = lowfreq(W, H, 120, 40)
    nz = np.random.randn(H, W) * 3
    a = np.zeros((H, W, 3), np.float32)
    for i in range(3):
        a[..., i] = (base[i] + grain + lf + nz) * (1.0 - 0.12 * i * (grain / 40.0))
    plank = int(rnd(160, 260))
    for py in range(int(rnd(0, plank)), H, plank):
        a[max(0, py - 2):py + 2] *= 0.6
    return from_arr(a)


def bg_cork(W, H):
    a = np.zeros((H, W, 3), np.float32)
    base = (186, 140, 92)
    n = np.random.rand(H, W)
    spots = (n > 0.93) * -50 + (n < 0.05) * 35
    lf = lowfreq(W, H, 60, 25)
    nz = np.random.randn(H, W) * 8
    for i in range(3):
        a[..., i] = base[i] + spots + lf + nz + np.random.randn(H, W) * 2
    return from_arr(a).filter(ImageFilter.GaussianBlur(0.8))


def bg_plain(W, H, col, grain=4, mottle=14):
    a = np.zeros((H, W, 3), np.float32)
    lf = lowfreq(W, H, 150, mottle)
    for i in range(3):
        a[..., i] = col[i] + lf + np.random.randn(H, W) * grain
    return from_arr(a)


def bg_whiteboard(W, H, ghost=True):
    img = bg_plain(W, H, (238, 240, 242), grain=2, mottle=10)
    if ghost:
        d = ImageDraw.Draw(img)
        for _ in range(random.randint(4, 10)):
            x, y = rnd(0, W), rnd(0, H)
            pts = [(x, y)]
            for _ in range(random.randint(4, 12)):
                x += rnd(-50, 60)
                y += rnd(-20, 20)
                pts.append((x, y))
            g = random.randint(205, 225)
            d.line(pts, fill=(g, g + 3, g + 8), width=random.randint(3, 8), joint="curve")
    return img.filter(ImageFilter.GaussianBlur(0.6))


def bg_carpet(W, H, col=(70, 85, 120)):
    return bg_plain(W, H, col, grain=18, mottle=20).filter(ImageFilter.GaussianBlur(0.7))


def bg_backing(W, H, col):
    """Display-board backing paper with faint fabric texture."""
    a = np.zeros((H, W, 3), np.float32)
    yy = np.arange(H)[:, None]
    weave = (np.sin(yy / 2.0) * 2.0)
    lf = lowfreq(W, H, 200, 16)
    for i in range(3):
        a[..., i] = col[i] + weave + lf + np.random.randn(H, W) * 5
    return from_arr(a)


def make_bg(kind, W, H, **kw):
    if kind == "wood":
        return bg_wood(W, H, **kw)
    if kind == "cork":
        return bg_cork(W, H)
    if kind == "carpet":
        return bg_carpet(W, H, **kw)
    if kind == "whiteboard":
        return bg_whiteboard(W, H)
    if kind == "backing":
        return bg_backing(W, H, **kw)
    return bg_plain(W, H, kw.get("col", (225, 222, 212)))


# ---------------------------------------------------------------- geometry
def persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def quad(cx, cy, w, h, angle=0.0, tx=0.0, ty=0.0, jitter=0.0):
    """Corners (tl,tr,br,bl) of a w*h rectangle centred at cx,cy, rotated by angle degrees
    (clockwise on screen), with keystone: ty>0 makes the top edge narrower (camera tilted
    up from below), tx>0 makes the right edge shorter (page seen from the left)."""
    pts = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    out = []
    a = math.radians(angle)
    for (x, y) in pts:
        if y < 0:
            x *= (1 - ty)
        else:
            x *= (1 + ty * 0.25)
        if x > 0:
            y *= (1 - tx)
        else:
            y *= (1 + tx * 0.25)
        x += rnd(-jitter, jitter)
        y += rnd(-jitter, jitter)
        xr = x * math.cos(a) - y * math.sin(a)
        yr = x * math.sin(a) + y * math.cos(a)
        out.append((cx + xr, cy + yr))
    return out


def warp_onto(bg, doc, corners, shadow=12, shadow_alpha=110, curl=0.0):
    """Paste doc (RGB) onto bg so its corners land on `corners`."""
    W, H = bg.size
    w, h = doc.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = persp_coeffs(corners, src)
    mask = Image.new("L", doc.size, 255)
    if curl:
        # slightly darken one edge to fake a page curl / uneven light
        g = np.linspace(1.0, 1.0 - curl, w)[None, :, None]
        doc = from_arr(np.asarray(doc, np.float32) * g)
    warped = doc.transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    wmask = mask.transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    out = bg.copy()
    if shadow:
        sh = wmask.filter(ImageFilter.GaussianBlur(shadow))
        sh = Image.eval(sh, lambda v: v * shadow_alpha // 255)
        dark = Image.new("RGB", (W, H), (20, 20, 20))
        off = Image.new("L", (W, H), 0)
        off.paste(sh, (int(shadow * 0.5), int(shadow * 0.7)))
        out = Image.composite(dark, out, off)
    out.paste(warped, (0, 0), wmask)
    return out


def rotate90(img, k=1):
    return img.rotate(90 * k, expand=True)


# ---------------------------------------------------------------- camera effects
def camera(img, out_w=None, light=None, glare=None, cast=None, contrast=1.0, bright=1.0,
           blur=0.0, motion=0, noise=0.0, jpeg=None, vignette=0.0, sat=1.0, crop=None):
    if crop:
        img = img.crop(crop)
    a = np.asarray(img, np.float32)
    H, W = a.shape[:2]
    if light:
        # light = (angle_deg, strength): brightness falls off across the frame
        ang, s = light
        yy, xx = np.mgrid[0:H, 0:W]
        t = (xx / W - 0.5) * math.cos(math.radians(ang)) + (yy / H - 0.5) * math.sin(math.radians(ang))
        a *= (1 - s * (t + 0.5))[..., None]
    if vignette:
        yy, xx = np.mgrid[0:H, 0:W]
        r = np.sqrt(((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2)
        a *= (1 - vignette * np.clip(r - 0.45, 0, None) ** 1.5)[..., None]
    if glare:
        gx, gy, gr, gs = glare
        yy, xx = np.mgrid[0:H, 0:W]
        d2 = ((xx - gx * W) / (gr * W)) ** 2 + ((yy - gy * H) / (gr * H * 0.6)) ** 2
        g = np.exp(-d2 * 2.2) * gs
        a = a + (255 - a) * g[..., None]
    if cast:
        a *= np.array(cast, np.float32)[None, None, :]
    img = from_arr(a)
    if sat != 1.0:
        img = ImageEnhance.Color(img).enhance(sat)
    if contrast != 1.0:
        img = ImageEnhance.Contrast(img).enhance(contrast)
    if bright != 1.0:
        img = ImageEnhance.Brightness(img).enhance(bright)
    if motion:
        k = motion
        a = np.asarray(img, np.float32)
        acc = np.zeros_like(a)
        for i in range(k):
            dx = i - k // 2
            dy = (i - k // 2) // 3
            acc += np.roll(np.roll(a, dx, axis=1), dy, axis=0)
        img = from_arr(acc / k)
    if blur:
        img = img.filter(ImageFilter.GaussianBlur(blur))
    if out_w and out_w != img.size[0]:
        img = img.resize((out_w, int(img.size[1] * out_w / img.size[0])), Image.Resampling.LANCZOS)
    if noise:
        a = np.asarray(img, np.float32)
        a = a + np.random.randn(*a.shape[:2], 1) * noise * 0.7 + np.random.randn(*a.shape) * noise * 0.5
        img = from_arr(a)
    if jpeg:
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=jpeg)
        buf.seek(0)
        img = Image.open(buf).convert("RGB")
    return img
