"""Test half: Maes Deri Primary (invented). 30 classroom photos drawn with Pillow.
Same conventions as dev_images.py, different school, designs and wording."""
import math
import random

import numpy as np
from PIL import Image, ImageDraw

from lib import (F, T, Tc, fit, rot_text, hand, hand_c, hand_width, star, bunting, scallop_border,
                 balloon, pin, tape, ruled_lines, doodle, sun, snowflake, cloud, dragon_flag,
                 book_cover, make_bg, bg_plain, quad, warp_onto, rotate90, rnd, from_arr)

BLUE = (25, 55, 150)
BLACK = (30, 30, 35)
RED = (185, 30, 40)
GREEN = (30, 115, 55)
PURPLE = (110, 40, 140)
PENCIL = (100, 100, 105)


def paper(w, h, col=(250, 249, 244), grain=3):
    return bg_plain(w, h, col, grain=grain, mottle=6)


def on(bgkind, W, H, doc, scale=0.8, angle=0, tx=0, ty=0, off=(0, 0), shadow=12, curl=0.0, **bgkw):
    bg = make_bg(bgkind, W, H, **bgkw)
    w, h = doc.size
    s = min(W * scale / w, H * scale / h)
    c = quad(W / 2 + off[0], H / 2 + off[1], w * s, h * s, angle, tx, ty, jitter=3)
    return warp_onto(bg, doc, c, shadow=shadow, curl=curl)


def face(img, cx, cy, r, skin, hair, shirt):
    d = ImageDraw.Draw(img)
    d.pieslice([cx - r * 1.3, cy + r * 0.8, cx + r * 1.3, cy + r * 3.2], 180, 360, fill=shirt)
    d.ellipse([cx - r * 1.1, cy - r * 1.2, cx + r * 1.1, cy + r * 0.4], fill=hair)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=skin)
    for fx in (-0.38, 0.38):
        d.ellipse([cx + fx * r - r * 0.1, cy - r * 0.2, cx + fx * r + r * 0.1, cy], fill=(30, 30, 30))
    d.arc([cx - r * 0.4, cy + r * 0.1, cx + r * 0.4, cy + r * 0.55], 20, 160, fill=(170, 40, 60), width=max(2, int(r / 12)))


def sleeve_glare(img, strength=0.55):
    """Plastic-wallet sheen: diagonal bright bands."""
    a = np.asarray(img, np.float32)
    H, W = a.shape[:2]
    yy, xx = np.mgrid[0:H, 0:W]
    t = (xx * 0.8 + yy) / (W + H)
    band = np.exp(-((t - 0.35) / 0.05) ** 2) + 0.6 * np.exp(-((t - 0.62) / 0.03) ** 2)
    a = a + (255 - a) * (band * strength)[..., None]
    return from_arr(a)


# ------------------------------------------------------------------ t01 reader of the month on a clipboard
def t01(N):
    W, H = 1100, 1500
    doc = paper(W, H, (246, 252, 244))
    d = ImageDraw.Draw(doc)
    for i in range(0, W, 60):
        d.polygon([(i, 0), (i + 30, 0), (i + 15, 26)], fill=(40, 140, 80))
        d.polygon([(i, H), (i + 30, H), (i + 15, H - 26)], fill=(40, 140, 80))
    Tc(doc, W / 2, 90, "Tystysgrif", F("lserifbi", 96), (30, 110, 60))
    Tc(doc, W / 2, 230, "Darllenydd y Mis", F("lserifb", 70), (180, 130, 20))
    Tc(doc, W / 2, 320, "Reader of the Month", F("lserifi", 50), (90, 90, 90))
    d.rectangle([330, 420, 770, 700], fill=(220, 60, 60))
    d.rectangle([550, 420, 556, 700], fill=(150, 30, 30))
    d.rectangle([350, 440, 540, 680], fill=(255, 250, 240))
    d.rectangle([566, 440, 750, 680], fill=(255, 250, 240))
    for k in range(6):
        d.line([(370, 480 + k * 35), (520, 480 + k * 35)], fill=(150, 150, 150), width=3)
        d.line([(585, 480 + k * 35), (730, 480 + k * 35)], fill=(150, 150, 150), width=3)
    Tc(doc, W / 2, 770, "Mae'r dystysgrif hon yn mynd i", F("lserif", 40), (50, 50, 50))
    Tc(doc, W / 2, 840, N[0], F("lserifb", 92), (20, 20, 60))
    Tc(doc, W / 2, 990, "am ddarllen 20 llyfr y tymor hwn!", F("lserif", 40), (50, 50, 50))
    Tc(doc, W / 2, 1050, "Da iawn ti!", F("lserifbi", 64), (30, 110, 60))
    hand(doc, (620, 1220), "H. Gwyther", F("lsansi", 52), BLUE, rot=7)
    T(doc, (620, 1290), "Athrawes Dosbarth Holly", F("lserif", 28), (90, 90, 90))
    # clipboard
    cb = Image.new("RGB", (W + 120, H + 220), (120, 80, 45))
    cbd = ImageDraw.Draw(cb)
    cb.paste(doc, (60, 160))
    cbd.rounded_rectangle([(W + 120) / 2 - 220, 40, (W + 120) / 2 + 220, 210], 24, fill=(190, 190, 200), outline=(90, 90, 100), width=5)
    return on("carpet", 1700, 2000, cb, scale=0.95, angle=12, tx=0.1, ty=0.12, col=(90, 90, 80), shadow=14)


# ------------------------------------------------------------------ t02 pegs, two rows, photo placeholders
def t02(N):
    W, H = 2300, 1500
    img = make_bg("plain", W, H, col=(245, 232, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 170], fill=(120, 170, 100))
    T(img, (80, 35), "Dosbarth Willow  /  Willow Class", F("lserifb", 80), (255, 255, 255))
    T(img, (1500, 60), "Miss Jeremy", F("lserifi", 60), (240, 250, 230))
    skins = [(235, 200, 170), (200, 150, 110), (240, 210, 185), (160, 110, 80), (225, 185, 150), (245, 215, 190)]
    hairs = [(220, 180, 90), (40, 30, 25), (120, 70, 30), (30, 25, 20), (90, 60, 30), (200, 120, 60)]
    fonts = ["lsansb", "sansb", "lserifb", "narrowb", "condb", "lsansbi"]
    for i, n in enumerate(N):
        r, c = divmod(i, 3)
        x0 = 140 + c * 720 + (r * 80)
        y0 = 260 + r * 620
        d.rectangle([x0, y0, x0 + 520, y0 + 330], fill=(255, 255, 255), outline=(150, 150, 150), width=3)
        d.rectangle([x0 + 20, y0 + 20, x0 + 200, y0 + 310], fill=(200, 225, 245))
        face(img, x0 + 110, y0 + 130, 55, skins[i], hairs[i], [(200, 40, 60), (40, 90, 180)][i % 2])
        f = fit(fonts[i], n, 290, 96)
        T(img, (x0 + 365, y0 + 165), n, f, (30, 30, 30), anchor="mm")
        d.rectangle([x0 + 200, y0 + 380, x0 + 320, y0 + 420], fill=(170, 170, 175))
        d.line([(x0 + 260, y0 + 420), (x0 + 260, y0 + 480), (x0 + 300, y0 + 500)], fill=(150, 150, 155), width=12)
    d.polygon([(2170, 300), (2270, 300), (2295, 760), (2150, 760)], fill=(60, 130, 200))
    lam = sleeve_glare(img, 0.35)
    return on("plain", 2500, 1700, lam, scale=1.0, angle=4, tx=-0.18, ty=0.08, off=(0, 40), col=(210, 200, 180), shadow=0)


# ------------------------------------------------------------------ t03 lunch choices whiteboard, faded
def t03(N):
    W, H = 2100, 1350
    img = make_bg("whiteboard", W, H)
    d = ImageDraw.Draw(img)
    hand(img, (90, 60), "Dydd Gwener", F("lsansi", 60), BLUE, thick=1)
    hand(img, (1300, 60), "Rowan – Mrs Ashworth", F("lsansi", 56), GREEN, thick=1)
    hand(img, (90, 170), "Cinio heddiw?  Lunch today?", F("lsansbi", 80), BLACK, thick=1)
    d.line([(1050, 320), (1050, 1200)], fill=(120, 140, 180), width=6)
    hand(img, (160, 330), "Poeth / Hot", F("lsansbi", 68), RED, thick=1)
    hand(img, (1150, 330), "Pecyn bwyd / Packed", F("lsansbi", 68), RED, thick=1)
    faded = (95, 120, 185)
    for i, n in enumerate(N[:3]):
        hand(img, (220, 500 + i * 200), n, F("lsansi", 96), faded, thick=2, jitter=2.5)
    for i, n in enumerate(N[3:]):
        hand(img, (1210, 500 + i * 200), n, F("lsansi", 96), faded, thick=2, jitter=2.5)
    d.rectangle([0, 0, W - 1, H - 1], outline=(90, 90, 95), width=30)
    return on("plain", 2300, 1550, img, scale=0.94, angle=-1.5, tx=-0.1, ty=0.05, col=(230, 225, 210), shadow=5)


# ------------------------------------------------------------------ t04 drawer unit seen from the side
def t04(N):
    W, H = 1500, 1800
    img = make_bg("plain", W, H, col=(225, 225, 230))
    d = ImageDraw.Draw(img)
    d.rectangle([150, 80, 1350, 1750], fill=(245, 245, 245), outline=(120, 120, 120), width=5)
    labels = [N[0], "Siswrn / Scissors", N[1], N[2], "Alder", N[3]]
    trays = [(140, 200, 230), (250, 200, 80), (140, 200, 230), (250, 160, 180), (160, 220, 150), (250, 200, 80)]
    fonts = ["lsans", "narrowb", "sansb", "lserifb"]
    k = 0
    for i, lab in enumerate(labels):
        y0 = 120 + i * 270
        d.rectangle([190, y0, 1310, y0 + 240], fill=trays[i], outline=(100, 100, 100), width=3)
        d.rounded_rectangle([660, y0 + 170, 840, y0 + 215], 14, fill=tuple(int(v * 0.7) for v in trays[i]))
        d.rectangle([430, y0 + 30, 1070, y0 + 150], fill=(255, 255, 255), outline=(90, 90, 90), width=2)
        if lab in N:
            f = fit(fonts[k], lab, 600, 92)
            k += 1
        else:
            f = fit("lsans", lab, 600, 56)
        T(img, (750, y0 + 90), lab, f, (20, 20, 20), anchor="mm")
    return on("plain", 2000, 1700, img, scale=1.0, angle=1, tx=0.36, ty=0.0, off=(-80, 0), col=(190, 185, 175), shadow=6)


# ------------------------------------------------------------------ t05 reading diary, spiral notebook
def t05(N):
    W, H = 1100, 1500
    doc = paper(W, H, (252, 252, 248))
    d = ImageDraw.Draw(doc)
    ruled_lines(doc, 0, W, 260, H - 30, 62, (170, 195, 225), margin=130)
    for y in range(40, H, 70):
        d.ellipse([20, y, 56, y + 36], fill=(60, 60, 60))
    T(doc, (150, 40), "Dyddiadur Darllen / Reading Diary", F("lsansb", 48), (40, 40, 40))
    T(doc, (150, 130), "Name:", F("lsans", 40), (40, 40, 40))
    hand(doc, (290, 118), N[0], F("sansbi", 54), (20, 30, 110), jitter=1.8, rot=5, thick=1)
    T(doc, (720, 130), "Class: Holly", F("lsans", 40), (40, 40, 40))
    entries = [
        ("Mon", "Flat Stanley ch. 2 – read to Dad", "sansi"),
        ("Tue", "George's Marvellous Medicine", "lsansi"),
        ("", "  funny bit with the chickens!!", "lsansi"),
        ("Wed", "no reading – swimming", "sansi"),
        ("Thu", "Amazing Grace (again)", "lserifi"),
        ("Fri", "Flat Stanley ch. 3-4 – great", "sansi"),
        ("", "  expression today. Mrs Gwyther", "lserifi"),
    ]
    y = 270
    for day, txt, fnt in entries:
        if day:
            hand(doc, (150, y), day, F(fnt, 38), (20, 30, 110))
        hand(doc, (270, y), txt, fit(fnt, txt, 800, 38), (20, 30, 110) if "Gwyther" not in txt else RED)
        y += 124
    star(doc, 960, y + 40, 46, (250, 200, 40))
    return on("wood", 1600, 1900, doc, scale=0.92, angle=-9, tx=0.06, ty=0.1, base=(110, 75, 45), curl=0.25)


# ------------------------------------------------------------------ t06 star of the week with portraits
def t06(N):
    W, H = 2200, 1400
    img = make_bg("backing", W, H, col=(250, 240, 150))
    scallop_border(img, (40, 120, 70), r=24)
    d = ImageDraw.Draw(img)
    for k in range(14):
        star(img, rnd(60, W - 60), rnd(60, 260), rnd(14, 30), (240, 170, 30))
    Tc(img, W / 2, 80, "Seren yr Wythnos", F("serifbi", 110), (40, 120, 70))
    Tc(img, W / 2, 225, "Star of the Week – Cedar", F("sans", 56), (60, 60, 60))
    sk = [(230, 190, 160), (190, 140, 100), (245, 215, 190)]
    hr = [(70, 40, 20), (25, 20, 15), (200, 110, 50)]
    for i, n in enumerate(N):
        cx = 400 + i * 700
        d.rectangle([cx - 260, 360, cx + 260, 1000], fill=(255, 255, 255), outline=(200, 160, 40), width=10)
        d.rectangle([cx - 230, 390, cx + 230, 880], fill=(190, 215, 240))
        face(img, cx, 590, 110, sk[i], hr[i], [(60, 100, 190), (200, 60, 80), (60, 160, 90)][i])
        Tc(img, cx, 900, n, fit("lserifb" if i != 1 else "sansb", n, 460, 76), (20, 20, 20))
        star(img, cx + 230, 380, 60, (245, 190, 30), (160, 110, 10), rot=rnd(-100, -80))
    hand_c(img, W / 2, 1120, "Da iawn chi!", F("sansbi", 84), (200, 40, 60), thick=2)
    return on("plain", 2400, 1650, img, scale=0.93, angle=-2.5, tx=0.12, ty=0.1, col=(230, 228, 220), shadow=4)


# ------------------------------------------------------------------ t07 birthday list poster
def t07(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 246, 250))
    d = ImageDraw.Draw(doc)
    Tc(doc, W / 2, 60, "Penblwyddi Oak", F("sansb", 90), (180, 40, 120))
    Tc(doc, W / 2, 180, "Oak Class birthdays", F("sansi", 54), (100, 100, 100))
    months = ["September", "November", "January", "April", "July"]
    y = 330
    for m, n in zip(months, N):
        d.rounded_rectangle([100, y, W - 100, y + 220], 30, fill=(255, 255, 255), outline=(220, 120, 170), width=5)
        # cupcake
        d.polygon([(160, y + 120), (280, y + 120), (260, y + 200), (180, y + 200)], fill=(240, 180, 60))
        d.ellipse([150, y + 60, 290, y + 140], fill=(250, 150, 200))
        d.rectangle([216, y + 20, 224, y + 70], fill=(90, 160, 230))
        d.ellipse([210, y + 5, 230, y + 28], fill=(255, 170, 30))
        T(doc, (340, y + 40), m, F("sans", 50), (120, 120, 120))
        T(doc, (340, y + 110), n, F("sansb", 76), (40, 40, 40))
        y += 260
    return on("cork", 1800, 2200, doc, scale=0.88, angle=2, tx=-0.04, ty=0.16, shadow=9)


# ------------------------------------------------------------------ t08 sums worksheet, rotated the other way
def t08(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 255, 253))
    d = ImageDraw.Draw(doc)
    T(doc, (70, 70), "Enw:", F("lsans", 40), (20, 20, 20))
    d.line([(180, 118), (620, 118)], fill=(60, 60, 60), width=2)
    hand(doc, (195, 52), N[0], F("lsansb", 64), PENCIL, jitter=2.8, rot=10, thick=1)
    T(doc, (700, 70), "Dyddiad:", F("lsans", 40), (20, 20, 20))
    hand(doc, (890, 62), "12/3", F("lsansi", 50), PENCIL)
    Tc(doc, W / 2, 200, "Adio hyd at 20", F("lserifb", 70), (20, 20, 20))
    Tc(doc, W / 2, 290, "Adding to 20", F("lserifi", 44), (60, 60, 60))
    sums = [(7, 5), (9, 8), (11, 6), (4, 13), (10, 10), (8, 6), (12, 7), (3, 15)]
    for i, (a, b) in enumerate(sums):
        r, c = divmod(i, 2)
        x = 110 + c * 560
        y = 420 + r * 300
        T(doc, (x, y + 40), f"{a} + {b} =", F("lsans", 70), (20, 20, 20))
        d.rectangle([x + 290, y + 10, x + 450, y + 150], outline=(30, 30, 30), width=3)
        ans = a + b if i != 5 else 15
        hand(doc, (x + 310, y + 40), str(ans), F("lsansb", 80), PENCIL, jitter=3, rot=10, thick=1)
    hand(doc, (110, 1650), "7/8 – da iawn, gwiria 8 + 6!", F("sansi", 44), GREEN, thick=1)
    doc = rotate90(doc, 3)
    return on("plain", 2200, 1700, doc, scale=0.9, angle=-4, tx=-0.12, ty=0.1, col=(180, 200, 190), curl=0.15)


# ------------------------------------------------------------------ t09 tag rugby squad in a plastic wallet
def t09(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    ruled_lines(doc, 60, W - 60, 300, H - 80, 100, (170, 195, 225))
    hand(doc, (80, 60), "Tag Rugby Festival", F("sansbi", 80), BLACK, thick=2)
    hand(doc, (80, 170), "Pen-y-pound – Tues 9.30 – coach leaves 9.00", F("sansi", 40), BLACK, thick=1)
    for i, n in enumerate(N):
        y = 320 + i * 200
        hand(doc, (120, y), f"{i + 1}.", F("sansbi", 70), BLUE, thick=1)
        hand(doc, (260, y), n, F("sansbi", 78), BLUE, thick=2, jitter=2.2)
    hand(doc, (120, 1560), "Bring gumshields + water. Mr Jack", F("sansi", 46), RED, thick=1)
    doc = sleeve_glare(doc, 0.5)
    scene = make_bg("plain", 1800, 2200, col=(70, 110, 160), mottle=20)
    d2 = ImageDraw.Draw(scene)
    d2.rectangle([1500, 1200, 1560, 1500], fill=(200, 200, 200))
    scene = warp_onto(scene, doc, quad(860, 1100, 1240 * 1.15, 1754 * 1.15, -3, 0.04, 0.05, 4), shadow=6)
    tape(scene, 300, 90, 160, 50, 30)
    tape(scene, 1430, 100, 160, 50, -25)
    return scene


# ------------------------------------------------------------------ t10 who's who list (negative)
def t10(N):
    W, H = 1754, 1240
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, W, 160], fill=(40, 80, 60))
    T(doc, (70, 40), "Pwy yw pwy?  Who's who at Maes Deri", F("lsansb", 70), (255, 255, 255))
    staff = [("Headteacher", "Mr Huw Aldridge"), ("Deputy / DSL", "Mrs Catrin Walsh"),
             ("Willow (Reception)", "Miss Hope Jeremy"), ("Rowan (Year 1)", "Mrs Grace Ashworth"),
             ("Alder (Year 2)", "Mr Will Pendry"), ("Holly (Year 3)", "Mrs Haf Gwyther"),
             ("Sycamore (Year 4)", "Mr Dylan Rees"), ("Cedar (Year 5)", "Mrs Ruby Okafor"),
             ("Oak (Year 6)", "Mr Rhys Jack"), ("TA", "Mrs Seren Buckley"),
             ("Cymraeg / Welsh lead", "Mrs Awel Morris")]
    y = 200
    for i, (role, nm) in enumerate(staff):
        if i % 2 == 0:
            d.rectangle([50, y - 8, W - 50, y + 80], fill=(235, 242, 235))
        T(doc, (80, y + 12), role, F("lsans", 46), (60, 60, 60))
        T(doc, (860, y + 10), nm, F("lsansb", 50), (20, 20, 20))
        y += 90
    return on("cork", 2100, 1600, doc, scale=0.9, angle=1, tx=0.05, ty=-0.06, shadow=7)


# ------------------------------------------------------------------ t11 new in the library (negative)
def t11(N):
    W, H = 2200, 1500
    img = make_bg("backing", W, H, col=(60, 40, 100))
    d = ImageDraw.Draw(img)
    bunting(img, 40, 0, W, 18, [(250, 200, 40), (250, 250, 250), (240, 90, 120)], 60)
    Tc(img, W / 2, 140, "Newydd yn y llyfrgell!", F("lserifbi", 96), (255, 230, 120))
    Tc(img, W / 2, 270, "New in the library", F("lserifi", 60), (240, 240, 255))
    books = [("Eira Wen a'r Saith Corrach", "", (240, 240, 250), (150, 30, 40), "snow"),
             ("Amazing Grace", "Mary Hoffman", (250, 140, 40), (40, 20, 10), "star"),
             ("Ruby's Worry", "Tom Percival", (230, 60, 80), (255, 255, 255), None),
             ("The Hodgeheg", "Dick King-Smith", (120, 180, 90), (30, 40, 20), "sun"),
             ("Oi Frog!", "Kes Gray", (60, 160, 210), (255, 255, 255), None)]
    for i, (t, a, bgc, fg, deco) in enumerate(books):
        x0 = 110 + i * 410
        y0 = 420 + (i % 2) * 60
        tape(img, x0 + 170, y0, 120, 40, rnd(-20, 20))
        book_cover(img, (x0, y0, x0 + 340, y0 + 480), t, a, bgc, fg, "lserifb" if i % 2 else "sansb", deco)
        tape(img, x0 + 170, y0 + 5, 120, 40, rnd(-20, 20))
    T(img, (110, 1200), "Gofynnwch i Mrs Buckley am fenthyg llyfr.", F("sansi", 48), (240, 240, 255))
    return on("plain", 2400, 1700, img, scale=0.93, angle=-1, tx=-0.08, ty=0.14, col=(220, 215, 205), shadow=4)


# ------------------------------------------------------------------ t12 word of the week (negative)
def t12(N):
    W, H = 2000, 1400
    img = make_bg("backing", W, H, col=(255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 220], fill=(200, 30, 50))
    Tc(img, W / 2, 40, "Gair yr Wythnos", F("condb", 100), (255, 255, 255))
    Tc(img, W / 2, 155, "Word of the Week", F("cond", 50), (255, 220, 220))
    cards = [("awel", "breeze"), ("eira", "snow"), ("haf", "summer"),
             ("seren", "star"), ("enfys", "rainbow"), ("heulwen", "sunshine")]
    cols = [(180, 220, 250), (230, 240, 255), (255, 230, 140), (255, 245, 180), (220, 200, 250), (255, 210, 160)]
    for i, (cy, en) in enumerate(cards):
        r, c = divmod(i, 3)
        x0 = 110 + c * 620
        y0 = 300 + r * 520
        d.rounded_rectangle([x0, y0, x0 + 560, y0 + 460], 30, fill=cols[i], outline=(120, 120, 140), width=4)
        Tc(img, x0 + 280, y0 + 80, cy, fit("condb", cy, 500, 120), (30, 30, 60))
        Tc(img, x0 + 280, y0 + 270, en, F("condi", 70), (80, 80, 100))
    hand(img, (1300, 1330), "Defnyddia fe mewn brawddeg!", F("condi", 44), RED)
    return on("plain", 2200, 1600, img, scale=0.95, angle=5, tx=0.04, ty=0.02, col=(190, 195, 200), shadow=5)


# ------------------------------------------------------------------ t13 house jars (negative)
def t13(N):
    W, H = 2100, 1400
    img = make_bg("plain", W, H, col=(238, 234, 226))
    d = ImageDraw.Draw(img)
    T(img, (100, 60), "Tai Maes Deri", F("serifb", 88), (40, 40, 40))
    T(img, (100, 180), "House points this half term", F("serif", 50), (90, 90, 90))
    houses = [("Glyndŵr", 0.62, (220, 50, 50)), ("Dwynwen", 0.55, (230, 120, 190)),
              ("Gwenllian", 0.81, (60, 150, 80)), ("Llywelyn", 0.47, (250, 190, 40))]
    for i, (h, frac, col) in enumerate(houses):
        x0 = 160 + i * 470
        d.rounded_rectangle([x0, 400, x0 + 330, 1150], 50, outline=(150, 160, 170), width=8, fill=(250, 252, 255))
        top = 1140 - int(720 * frac)
        for k in range(int(120 * frac)):
            bx, by = rnd(x0 + 30, x0 + 300), rnd(top, 1130)
            d.ellipse([bx - 16, by - 16, bx + 16, by + 16], fill=tuple(max(0, min(255, c + random.randint(-30, 30))) for c in col))
        d.rectangle([x0 + 20, 350, x0 + 310, 410], fill=(90, 90, 100))
        Tc(img, x0 + 165, 1190, h, fit("serifb", h, 400, 62), col)
    hand(img, (1200, 110), "Gwenllian ar y blaen!", F("sansbi", 64), GREEN, thick=2)
    return on("plain", 2300, 1600, img, scale=0.93, angle=-3, tx=0.08, ty=-0.05, col=(200, 190, 175), shadow=6)


# ------------------------------------------------------------------ t14 St David's Day (negative)
def t14(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 253, 235))
    d = ImageDraw.Draw(doc)
    dragon_flag(doc, (0, 0, W, 360))
    Tc(doc, W / 2, 420, "Dydd Gŵyl Dewi Hapus!", fit("lserifb", "Dydd Gŵyl Dewi Hapus!", 1100, 100), (200, 20, 40))
    Tc(doc, W / 2, 560, "Happy St David's Day", F("lserifi", 62), (60, 60, 60))
    Tc(doc, W / 2, 720, "“Gwnewch y pethau bychain”", F("lserifbi", 62), (30, 100, 50))
    Tc(doc, W / 2, 810, "Do the little things – Dewi Sant", F("lserifi", 48), (30, 100, 50))
    for k, (x, y) in enumerate([(250, 1080), (620, 1030), (990, 1080)]):
        d.line([(x, y + 80), (x, y + 330)], fill=(40, 130, 60), width=12)
        for a in range(6):
            ang = a * math.pi / 3
            d.ellipse([x + 60 * math.cos(ang) - 40, y + 60 * math.sin(ang) - 40, x + 60 * math.cos(ang) + 40, y + 60 * math.sin(ang) + 40], fill=(250, 220, 40))
        d.ellipse([x - 35, y - 35, x + 35, y + 35], fill=(240, 150, 20))
    Tc(doc, W / 2, 1480, "Wear red, a daffodil or your rugby shirt on 1 March", fit("lserif", "Wear red, a daffodil or your rugby shirt on 1 March", 1100, 46), (40, 40, 40))
    Tc(doc, W / 2, 1560, "Cawl and bara brith at lunch!", F("lserif", 46), (40, 40, 40))
    return on("plain", 1800, 2300, doc, scale=0.9, angle=-2, tx=0.0, ty=0.12, col=(70, 70, 80), shadow=14)


# ------------------------------------------------------------------ t15 paralympians (negative)
def t15(N):
    W, H = 1754, 1240
    doc = paper(W, H, (240, 246, 255))
    d = ImageDraw.Draw(doc)
    Tc(doc, W / 2, 40, "Paralympic Heroes from Wales", F("narrowb", 90), (20, 50, 130))
    Tc(doc, W / 2, 160, "Arwyr Paralympaidd Cymru", F("narrowi", 56), (20, 50, 130))
    people = [("Tanni Grey-Thompson", "wheelchair racing – 11 golds"),
              ("Aled Sion Davies", "shot put & discus"),
              ("Hollie Arnold", "javelin – world record"),
              ("Mark Colbourne", "cycling – gold in London 2012")]
    for i, (nm, what) in enumerate(people):
        r, c = divmod(i, 2)
        x0 = 80 + c * 820
        y0 = 300 + r * 440
        d.rectangle([x0, y0, x0 + 780, y0 + 400], fill=(255, 255, 255), outline=(20, 50, 130), width=4)
        for k, col in enumerate([(250, 200, 40), (200, 200, 210), (200, 120, 60)]):
            d.ellipse([x0 + 40 + k * 40, y0 + 40, x0 + 120 + k * 40, y0 + 120], fill=col, outline=(90, 90, 90))
        T(doc, (x0 + 40, y0 + 170), nm, fit("narrowb", nm, 700, 74), (20, 20, 20))
        T(doc, (x0 + 40, y0 + 280), what, fit("narrow", what, 700, 46), (80, 80, 80))
    return on("cork", 2000, 1500, doc, scale=0.88, angle=-6, tx=0.1, ty=0.03, shadow=8)


# ------------------------------------------------------------------ t16 term dates letter (negative)
def t16(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    T(doc, (90, 80), "Ysgol Gynradd Maes Deri", F("lserifb", 48), (40, 80, 60))
    T(doc, (90, 140), "Maes Deri Primary School", F("lserif", 38), (40, 80, 60))
    d.line([(90, 210), (W - 90, 210)], fill=(40, 80, 60), width=3)
    lines = ["Dear Parents and Carers,", "",
             "Here are the Summer term dates (tymor yr haf):", "",
             "  Term starts:  Monday 19 April", "  May Day bank holiday:  Monday 3 May",
             "  Half term:  31 May – 4 June", "  INSET day:  Monday 7 June",
             "  Term ends:  Tuesday 20 July", "",
             "Please keep holidays to the school holidays –", "every day counts!", "",
             "Diolch yn fawr,", "", "Mr H. Aldridge", "Headteacher / Pennaeth"]
    y = 270
    for ln in lines:
        if ln:
            T(doc, (90, y), ln, F("lserif", 42), (25, 25, 25))
        y += 62
    return on("cork", 1800, 2200, doc, scale=0.88, angle=1.5, tx=0.05, ty=0.0, shadow=7)


# ------------------------------------------------------------------ t17 swimming certificate in a sleeve, dim
def t17(N):
    W, H = 1400, 990
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, 300, H], fill=(0, 140, 200))
    for k in range(8):
        d.arc([-100, 80 + k * 110, 400, 200 + k * 110], 200, 340, fill=(255, 255, 255), width=5)
    T(doc, (360, 70), "Tystysgrif Nofio", F("sansb", 64), (0, 110, 170))
    T(doc, (360, 160), "Swimming Certificate", F("sans", 44), (80, 80, 80))
    T(doc, (360, 280), "25 metres", F("sansb", 110), (0, 140, 200))
    T(doc, (360, 450), "Awarded to", F("sans", 38), (80, 80, 80))
    T(doc, (360, 510), N[0], F("serifbi", 90), (20, 20, 20))
    T(doc, (360, 680), "front crawl  •  Mehefin", F("sans", 38), (80, 80, 80))
    T(doc, (360, 780), "Instructor: Sam", F("sansi", 34), (80, 80, 80))
    doc = sleeve_glare(doc, 0.6)
    return on("wood", 1900, 1500, doc, scale=0.85, angle=-14, tx=0.0, ty=0.12, base=(90, 60, 40), shadow=10)


# ------------------------------------------------------------------ t18 points on the interactive screen
def t18(N):
    W, H = 1920, 1080
    scr = Image.new("RGB", (W, H), (235, 245, 250))
    d = ImageDraw.Draw(scr)
    d.rectangle([0, 0, W, 110], fill=(70, 160, 90))
    T(scr, (40, 25), "Sycamore  –  Pwyntiau'r wythnos", F("lsansb", 56), (255, 255, 255))
    cols = [(250, 120, 80), (90, 170, 250), (180, 110, 230), (120, 210, 120), (250, 200, 70), (240, 120, 170)]
    pts = [14, 9, 12, 7, 11, 10]
    for i in range(6):
        r, c = divmod(i, 3)
        x0 = 120 + c * 600
        y0 = 180 + r * 430
        d.rounded_rectangle([x0, y0, x0 + 520, y0 + 380], 30, fill=(255, 255, 255), outline=(200, 210, 220), width=3)
        d.ellipse([x0 + 170, y0 + 30, x0 + 350, y0 + 210], fill=cols[i])
        d.ellipse([x0 + 210, y0 + 90, x0 + 240, y0 + 120], fill=(255, 255, 255))
        d.ellipse([x0 + 280, y0 + 90, x0 + 310, y0 + 120], fill=(255, 255, 255))
        d.ellipse([x0 + 400, y0 + 20, x0 + 500, y0 + 120], fill=(70, 160, 90))
        Tc(scr, x0 + 450, y0 + 42, str(pts[i]), F("lsansb", 50), (255, 255, 255))
        label = N[i] if i < len(N) else "Pawb / Whole class"
        Tc(scr, x0 + 260, y0 + 260, label, fit("lsans", label, 480, 64), (40, 40, 40))
    # screen look: scanlines + bezel
    a = np.asarray(scr, np.float32)
    a[::3] *= 0.93
    xx = np.arange(W)[None, :]
    a *= (0.96 + 0.04 * np.sin(xx / 3.0))[..., None]
    scr = from_arr(a)
    frame = Image.new("RGB", (W + 120, H + 120), (25, 25, 28))
    frame.paste(scr, (60, 60))
    return on("plain", 2400, 1600, frame, scale=0.92, angle=-2, tx=0.14, ty=0.06, col=(215, 215, 205), shadow=8)


# ------------------------------------------------------------------ t19 Kyffin-style landscapes
def t19(N):
    W, H = 2300, 1400
    img = make_bg("backing", W, H, col=(30, 60, 110))
    d = ImageDraw.Draw(img)
    d.rectangle([500, 50, 1800, 230], fill=(255, 255, 255))
    Tc(img, 1150, 70, "Tirluniau  •  Landscapes", F("serifb", 70), (30, 60, 110))
    Tc(img, 1150, 165, "in the style of Kyffin Williams", F("serifi", 44), (80, 80, 80))
    caps = [f"Yr Ysgyryd gan {N[0]}", f"The Blorenge by {N[1]}"]
    for i in range(2):
        x0 = 220 + i * 1000
        d.rectangle([x0, 300, x0 + 860, 1000], fill=(200, 210, 220), outline=(240, 240, 240), width=14)
        d.polygon([(x0 + 20, 800), (x0 + 300 + i * 100, 430), (x0 + 600, 760), (x0 + 840, 560), (x0 + 840, 985), (x0 + 20, 985)], fill=(60, 70, 60))
        for k in range(40):
            x = rnd(x0 + 30, x0 + 830)
            y = rnd(600, 980)
            d.line([(x, y), (x + rnd(20, 60), y + rnd(-10, 10))], fill=random.choice([(40, 40, 40), (90, 100, 80), (220, 220, 210)]), width=10)
        d.rectangle([x0 + 150, 1050, x0 + 710, 1150], fill=(255, 255, 255))
        T(img, (x0 + 430, 1100), caps[i], fit("lsans" if i else "lserif", caps[i], 520, 46), (20, 20, 20), anchor="mm")
    return on("plain", 2500, 1600, img, scale=0.92, angle=2, tx=-0.12, ty=0.06, col=(215, 210, 200), shadow=4)


# ------------------------------------------------------------------ t20 headteacher award, night photo
def t20(N):
    W, H = 1400, 990
    doc = paper(W, H, (255, 250, 235))
    d = ImageDraw.Draw(doc)
    d.rectangle([25, 25, W - 25, H - 25], outline=(130, 20, 40), width=20)
    Tc(doc, W / 2, 70, "GWOBR Y PENNAETH", F("serifb", 64), (130, 20, 40))
    Tc(doc, W / 2, 160, "HEADTEACHER'S AWARD", F("serif", 44), (130, 20, 40))
    Tc(doc, W / 2, 330, N[0], F("serifb", 100), (20, 20, 20))
    Tc(doc, W / 2, 490, "for brilliant teamwork in the Eco Committee", F("serifi", 40), (50, 50, 50))
    hand(doc, (900, 720), "Huw Aldridge", F("lserifi", 50), (20, 20, 80), rot=8)
    return on("plain", 1900, 1500, doc, scale=0.8, angle=25, tx=0.0, ty=0.05, col=(70, 60, 55), shadow=16)


# ------------------------------------------------------------------ t21 eisteddfod flipchart
def t21(N):
    W, H = 1300, 1700
    doc = paper(W, H, (252, 252, 250))
    d = ImageDraw.Draw(doc)
    hand_c(doc, W / 2, 60, "Canlyniadau'r Eisteddfod", F("lsansbi", 80), PURPLE, thick=2)
    hand(doc, (80, 260), "Unawd Bl. 1–2", F("lsansbi", 66), BLACK, thick=1)
    hand(doc, (140, 380), f"1. {N[0]}  (Dwynwen)", F("lsansi", 70), BLUE, thick=2, jitter=2)
    hand(doc, (140, 500), f"2. {N[1]}  (Llywelyn)", F("lsansi", 70), BLUE, thick=2, jitter=2)
    hand(doc, (80, 680), "Llefaru Bl. 2", F("lsansbi", 66), BLACK, thick=1)
    hand(doc, (140, 800), f"1. {N[2]}  (Glyndŵr)", F("lsansi", 70), BLUE, thick=2, jitter=2)
    hand(doc, (80, 960), "Parti Llefaru:  1. Tŷ Gwenllian", F("lsansbi", 60), BLACK, thick=1)
    hand(doc, (80, 1150), "Cyfanswm: Dwynwen 48, Glyndŵr 45", F("lsansi", 56), RED, thick=1)
    hand(doc, (80, 1250), "Llywelyn 39, Gwenllian 37", F("lsansi", 56), RED, thick=1)
    scene = on("plain", 1900, 2300, doc, scale=0.9, angle=-1, tx=0.06, ty=0.1, col=(180, 170, 160), shadow=6)
    return scene


# ------------------------------------------------------------------ t22 summer holiday writing
def t22(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    T(doc, (70, 60), "Name:", F("sans", 38), (30, 30, 30))
    d.line([(210, 105), (760, 105)], fill=(60, 60, 60), width=2)
    hand(doc, (225, 38), N[0], F("lsansi", 60), PENCIL, jitter=2.4, rot=9, thick=1)
    Tc(doc, W / 2, 170, "Fy ngwyliau haf", F("sansb", 66), (20, 20, 20))
    Tc(doc, W / 2, 255, "My summer holidays", F("sansi", 44), (80, 80, 80))
    d.rectangle([90, 340, W - 90, 900], fill=(200, 230, 250), outline=(30, 30, 30), width=3)
    d.rectangle([90, 700, W - 90, 900], fill=(240, 220, 160))
    d.polygon([(90, 700), (W - 90, 640), (W - 90, 700)], fill=(60, 130, 200))
    sun(doc, 950, 470, 60)
    for k in range(3):
        x = 300 + k * 180
        d.ellipse([x - 25, 720, x + 25, 770], fill=(230, 190, 160))
        d.line([(x, 770), (x, 850)], fill=(40, 40, 40), width=6)
    ruled_lines(doc, 90, W - 90, 1050, 1700, 105, (160, 185, 220))
    hand(doc, (110, 990), "I went to Tenby with my cousins.", F("lsansi", 52), PENCIL, jitter=2.5, thick=1)
    hand(doc, (110, 1095), "We made a big sandcastel.", F("lsansi", 52), PENCIL, jitter=2.5, thick=1)
    hand(doc, (110, 1200), "It was the best summer ever!", F("lsansi", 52), PENCIL, jitter=2.5, thick=1)
    return on("plain", 1800, 2300, doc, scale=0.93, angle=6, tx=0.02, ty=0.16, col=(150, 160, 170), curl=0.2)


# ------------------------------------------------------------------ t23 lunchboxes from above
def t23(N):
    W, H = 2000, 1500
    img = make_bg("plain", W, H, col=(160, 165, 170), grain=6)
    d = ImageDraw.Draw(img)
    d.rectangle([80, 60, 1920, 1440], fill=(60, 120, 190))
    d.rectangle([110, 90, 1890, 1410], fill=(80, 140, 210))
    boxes = [((300, 380), (250, 90, 90), None, 0), ((800, 360), (90, 200, 140), N[0], 0),
             ((1420, 380), (250, 200, 60), N[1], 180), ((400, 1000), (170, 110, 220), N[2], 90),
             ((950, 1020), (240, 150, 190), None, 0), ((1500, 1010), (90, 180, 230), None, 0)]
    fonts = ["lsansb", "sansb", "narrowb"]
    k = 0
    for (cx, cy), col, name, rot in boxes:
        bw, bh = (460, 360) if rot != 90 else (360, 460)
        d.rounded_rectangle([cx - bw / 2 + 12, cy - bh / 2 + 14, cx + bw / 2 + 12, cy + bh / 2 + 14], 40, fill=(40, 80, 130))
        d.rounded_rectangle([cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2], 40, fill=col, outline=tuple(int(c * 0.7) for c in col), width=5)
        if name:
            if rot == 90:
                d.rectangle([cx - 60, cy - 180, cx + 60, cy + 180], fill=(255, 255, 255), outline=(120, 120, 120), width=2)
            else:
                d.rectangle([cx - 180, cy - 60, cx + 180, cy + 60], fill=(255, 255, 255), outline=(120, 120, 120), width=2)
            f = fit(fonts[k], name, 320, 80)
            k += 1
            rot_text(img, (cx, cy), name, f, (20, 20, 20), rot)
        else:
            d.ellipse([cx - 40, cy - 40, cx + 40, cy + 40], fill=tuple(min(255, c + 50) for c in col))
    return on("plain", 2200, 1700, img, scale=0.98, angle=8, tx=0.03, ty=0.08, col=(120, 120, 125), shadow=0)


# ------------------------------------------------------------------ t24 story sequencing, blank (negative)
def t24(N):
    W, H = 1754, 1240
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    T(doc, (60, 40), "Enw / Name: ____________________", F("lsans", 44), (30, 30, 30))
    T(doc, (1100, 40), "Dyddiad: ________", F("lsans", 44), (30, 30, 30))
    Tc(doc, W / 2, 130, "Jack and the Beanstalk – put the story in order", F("lsansb", 54), (20, 20, 20))
    caps = ["Jack swaps the cow for magic beans.", "The beanstalk grows up to the sky.",
            "Jack climbs up and meets the giant.", "The giant chases Jack down!"]
    for i, c in enumerate(caps):
        r, cc = divmod(i, 2)
        x0 = 80 + cc * 830
        y0 = 250 + r * 480
        d.rectangle([x0, y0, x0 + 780, y0 + 330], outline=(40, 40, 40), width=3)
        d.rectangle([x0 + 680, y0 + 10, x0 + 770, y0 + 100], outline=(40, 40, 40), width=3)
        if i == 1:
            d.line([(x0 + 390, y0 + 320), (x0 + 380, y0 + 40)], fill=(40, 140, 60), width=14)
            for k in range(6):
                d.ellipse([x0 + 330 + (k % 2) * 70, y0 + 60 + k * 40, x0 + 380 + (k % 2) * 70, y0 + 90 + k * 40], fill=(60, 170, 80))
        elif i == 0:
            d.ellipse([x0 + 200, y0 + 120, x0 + 450, y0 + 260], fill=(240, 240, 240), outline=(40, 40, 40), width=3)
            d.ellipse([x0 + 250, y0 + 150, x0 + 290, y0 + 190], fill=(40, 40, 40))
        else:
            d.rectangle([x0 + 250, y0 + 60, x0 + 420, y0 + 310], outline=(40, 40, 40), width=4)
            d.ellipse([x0 + 280, y0 + 20, x0 + 390, y0 + 110], outline=(40, 40, 40), width=4)
        T(doc, (x0 + 10, y0 + 350), c, fit("lsans", c, 760, 40), (20, 20, 20))
    return on("wood", 2100, 1600, doc, scale=0.88, angle=-3, tx=0.0, ty=0.18, base=(185, 150, 110), curl=0.1)


# ------------------------------------------------------------------ t25 winter fair poster (negative)
def t25(N):
    W, H = 1240, 1754
    doc = paper(W, H, (20, 60, 50), grain=5)
    d = ImageDraw.Draw(doc)
    for _ in range(40):
        snowflake(doc, rnd(40, W - 40), rnd(40, H - 40), rnd(12, 30), (230, 240, 255), 2)
    Tc(doc, W / 2, 90, "Ffair Aeaf", F("serifb", 140), (255, 255, 255))
    Tc(doc, W / 2, 270, "Winter Fair", F("serifi", 80), (250, 210, 90))
    Tc(doc, W / 2, 430, "Dydd Gwener 4 Rhagfyr", F("sansb", 56), (255, 255, 255))
    Tc(doc, W / 2, 510, "Friday 4 December • 3.15pm • yn y neuadd", F("sans", 44), (230, 230, 230))
    items = ["Groto Siôn Corn / Santa's grotto", "Peiriant eira – snow machine!", "Raffle & tombola",
             "Hot chocolate + mince pies", "Make a seren for the tree"]
    y = 680
    for it in items:
        star(doc, 160, y + 30, 24, (250, 210, 90))
        T(doc, (210, y), it, fit("sans", it, 960, 54), (255, 255, 255))
        y += 110
    Tc(doc, W / 2, 1400, "PTA Maes Deri – diolch!", F("sansbi", 56), (250, 210, 90))
    return on("plain", 1800, 2300, doc, scale=0.88, angle=-4, tx=0.08, ty=0.08, col=(200, 200, 205), shadow=10)


# ------------------------------------------------------------------ t26 times tables podium
def t26(N):
    W, H = 1800, 1300
    img = make_bg("backing", W, H, col=(240, 120, 40))
    scallop_border(img, (30, 30, 30), r=18)
    d = ImageDraw.Draw(img)
    Tc(img, W / 2, 70, "Pencampwyr Tablau", F("lsansb", 96), (255, 255, 255))
    Tc(img, W / 2, 190, "Times Table Champions • Cedar", F("lsans", 54), (255, 240, 220))
    podium = [(1, 700, 520), (2, 230, 640), (3, 1170, 720)]
    for (place, x, top), n in zip(podium, N):
        d.rectangle([x, top, x + 400, 1180], fill=(255, 255, 255), outline=(60, 60, 60), width=5)
        Tc(img, x + 200, top + 40, str(place), F("lsansb", 120), (240, 120, 40))
        d.rectangle([x - 20, top - 150, x + 420, top - 20], fill=(255, 250, 200))
        Tc(img, x + 200, top - 130, n, fit("lsansbi", n, 420, 86), (30, 30, 30))
    return on("plain", 2100, 1550, img, scale=0.92, angle=3.5, tx=0.05, ty=-0.1, col=(225, 220, 215), shadow=5)


# ------------------------------------------------------------------ t27 welcome message, whiteboard glare
def t27(N):
    W, H = 2200, 1300
    img = make_bg("whiteboard", W, H)
    d = ImageDraw.Draw(img)
    hand(img, (90, 60), "Dydd Llun", F("lsansi", 56), BLUE, thick=1)
    hand(img, (1500, 60), "Mr Pendry", F("lsansi", 56), BLUE, thick=1)
    text = f"Croeso i Ddosbarth Alder, {N[0]}!"
    hand(img, (120, 300), text, fit("lsansbi", text, 1900, 120), GREEN, thick=3, jitter=3)
    hand(img, (160, 560), "Welcome to our class – we're so glad you're here", F("lsansi", 60), BLACK, thick=1)
    hand(img, (160, 800), "Heddiw: Ffoneg • Rhifau • Amser chwarae • Celf", F("lsansi", 54), RED, thick=1)
    for k in range(5):
        star(img, 1700 + k * 90, 1100 + (k % 2) * 40, 36, (250, 200, 40))
    d.rectangle([0, 0, W - 1, H - 1], outline=(170, 170, 175), width=26)
    return on("plain", 2400, 1500, img, scale=0.95, angle=1, tx=-0.22, ty=0.05, col=(200, 205, 210), shadow=5)


# ------------------------------------------------------------------ t28 class rules (negative)
def t28(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 255, 250))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, W, 300], fill=(220, 90, 60))
    Tc(doc, W / 2, 50, "Rheolau Dosbarth Rowan", fit("sansb", "Rheolau Dosbarth Rowan", 1100, 84), (255, 255, 255))
    Tc(doc, W / 2, 180, "Rowan Class Rules", F("sans", 64), (255, 235, 225))
    rules = [("Rydyn ni'n gwrando", "We listen"), ("Rydyn ni'n garedig", "We are kind"),
             ("Rydyn ni'n trio'n gorau", "We try our best"), ("Rydyn ni'n rhannu", "We share"),
             ("Rydyn ni'n dweud y gwir", "We tell the truth")]
    y = 380
    for cy, en in rules:
        d.ellipse([80, y + 10, 160, y + 90], fill=(220, 90, 60))
        T(doc, (200, y), cy, fit("sansb", cy, 950, 60), (40, 40, 40))
        T(doc, (200, y + 80), en, F("sansi", 48), (110, 110, 110))
        y += 220
    hand(doc, (120, 1550), "Mrs Ashworth + Rowan Class", F("sansi", 54), BLUE, thick=1)
    for k in range(14):
        doodle(doc, (700 + (k % 7) * 70, 1620, 760 + (k % 7) * 70, 1720), random.choice([RED, BLUE, GREEN, PURPLE]), n=1, width=3)
    return on("backing", 1800, 2300, doc, scale=0.9, angle=3, tx=-0.06, ty=0.1, col=(60, 130, 200), shadow=6)


# ------------------------------------------------------------------ t29 sack race rosettes
def t29(N):
    W, H = 2100, 1400
    img = make_bg("plain", W, H, col=(80, 145, 70), mottle=30)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, W, 300], fill=(175, 205, 235))
    d.rectangle([300, 90, 1800, 260], fill=(255, 255, 255))
    Tc(img, 1050, 110, "Ras Sachau Bl. 1  •  Sack Race", F("sansb", 72), (40, 40, 40))
    Tc(img, 1050, 200, "Mabolgampau 2026", F("sans", 44), (90, 90, 90))
    cols = [(40, 90, 200), (220, 50, 50), (40, 160, 70)]
    for i, n in enumerate(N):
        cx = 400 + i * 650
        cy = 640
        for k in range(2):
            d.polygon([(cx - 70 + k * 80, cy + 100), (cx - 10 + k * 80, cy + 100), (cx - 20 + k * 80, cy + 420), (cx - 50 + k * 80, cy + 380), (cx - 80 + k * 80, cy + 420)], fill=cols[i])
        for r in range(24):
            a = r * math.pi / 12
            d.ellipse([cx + 150 * math.cos(a) - 40, cy + 150 * math.sin(a) - 40, cx + 150 * math.cos(a) + 40, cy + 150 * math.sin(a) + 40], fill=tuple(int(c * 0.85) for c in cols[i]))
        d.ellipse([cx - 150, cy - 150, cx + 150, cy + 150], fill=cols[i])
        d.ellipse([cx - 110, cy - 110, cx + 110, cy + 110], fill=(255, 255, 255))
        Tc(img, cx, cy - 80, ["1af", "2il", "3ydd"][i], F("sansb", 70), cols[i])
        Tc(img, cx, cy + 10, n, fit("sansbi", n, 200, 64), (30, 30, 30))
    return on("plain", 2300, 1600, img, scale=0.97, angle=-4, tx=0.0, ty=0.1, col=(70, 120, 60), shadow=0)


# ------------------------------------------------------------------ t30 world book day poster (negative)
def t30(N):
    W, H = 1754, 1240
    doc = paper(W, H, (255, 250, 230))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, W, 230], fill=(60, 40, 130))
    Tc(doc, W / 2, 40, "Diwrnod y Llyfr  •  World Book Day", fit("lsansb", "Diwrnod y Llyfr  •  World Book Day", 1650, 80), (255, 255, 255))
    Tc(doc, W / 2, 150, "Thursday 4 March – dress up as a book character!", F("lsans", 48), (230, 220, 255))
    chars = [("George", "George's Marvellous Medicine"), ("Matilda", "Matilda"),
             ("Willy Wonka", "Charlie and the Chocolate Factory"), ("Hermione Granger", "Harry Potter"),
             ("Sali Mali", "Cyfres Sali Mali"), ("The Gruffalo", "Julia Donaldson")]
    for i, (c, book) in enumerate(chars):
        r, cc = divmod(i, 3)
        x0 = 80 + cc * 550
        y0 = 300 + r * 440
        d.rounded_rectangle([x0, y0, x0 + 500, y0 + 400], 24, fill=(255, 255, 255), outline=(60, 40, 130), width=4)
        face(doc, x0 + 250, y0 + 110, 55, (235, 200, 170), [(120, 70, 30), (60, 40, 20), (140, 40, 40), (90, 60, 30), (250, 250, 250), (110, 80, 50)][i], (60, 40, 130))
        Tc(doc, x0 + 250, y0 + 260, c, fit("lsansb", c, 470, 54), (30, 30, 30))
        Tc(doc, x0 + 250, y0 + 330, book, fit("lsansi", book, 470, 34), (90, 90, 90))
    return on("cork", 2100, 1600, doc, scale=0.9, angle=2, tx=-0.1, ty=0.05, shadow=8)


SPECS = [
    dict(file="images/DSC_0711.png", draw=t01, names=[("Summer", "Wilcox", "Summer Wilcox")],
         cam=dict(out_w=1000, light=(300, 0.3), blur=1.1, noise=7, jpeg=62, cast=(1.06, 1.0, 0.9))),
    dict(file="images/DSC_0714.png", draw=t02, names=[("Eira", "Probert", "Eira"), ("Jack", "Ellis", "Jack"),
                                                      ("Bethan", "Lewis", "Beth"), ("Edward", "Marsh", "Teddy"),
                                                      ("Amira", "Saleh", "Amira"), ("Willow", "Jenkins", "Willow")],
         cam=dict(out_w=1600, light=(200, 0.3), blur=1.4, noise=7, jpeg=60)),
    dict(file="images/DSC_0720.png", draw=t03, names=[("Haf", "Treharne", "Haf"), ("Sky", "Donovan", "Sky"),
                                                      ("George", "Evans", "George"), ("Efa", "Gittins", "Efa"),
                                                      ("Oscar", "Pike", "Oscar"), ("Hope", "Sullivan", "Hope")],
         cam=dict(out_w=1400, contrast=0.7, glare=(0.3, 0.55, 0.3, 0.5), blur=1.2, noise=6, jpeg=62)),
    dict(file="images/DSC_0722.png", draw=t04, names=[("Grace", "Llewellyn", "Grace Ll."), ("Rowan", "Bevan", "Rowan B."),
                                                      ("Martha", "Powell", "Martha"), ("Gruffydd", "Jones", "Gruff")],
         cam=dict(out_w=1150, light=(0, 0.35), blur=1.0, noise=6, jpeg=66)),
    dict(file="images/DSC_0729.png", draw=t05, names=[("William", "Parry", "Will Parry")],
         cam=dict(out_w=1000, light=(135, 0.3), blur=1.2, noise=8, jpeg=58, cast=(1.08, 1.0, 0.85))),
    dict(file="images/DSC_0731.png", draw=t06, names=[("Gwenllian", "Rees", "Gwenllian"), ("Mia", "Phillips", "Mia P."),
                                                      ("Rhiannon", "Wood", "Rhi")],
         cam=dict(out_w=1500, glare=(0.7, 0.3, 0.3, 0.55), blur=1.1, noise=6, jpeg=66)),
    dict(file="images/DSC_0736.png", draw=t07, names=[("Cerys", "Baldwin", "Cerys"), ("Reggie", "Fox", "Reggie"),
                                                      ("Taliesin", "Hale", "Tal"), ("Isabelle", "Rudd", "Izzy"),
                                                      ("Lucy", "Beynon", "Lucy")],
         cam=dict(out_w=950, light=(80, 0.3), blur=1.0, noise=6, jpeg=64)),
    dict(file="images/DSC_0740.png", draw=t08, names=[("Seren", "Hopkins", "SEREN H.")],
         cam=dict(out_w=1300, light=(20, 0.3), blur=1.3, noise=7, jpeg=60)),
    dict(file="images/DSC_0745.png", draw=t09, names=[("Kieran", "Walsh", "Kieran"), ("Morgan", "Price", "Morgan"),
                                                      ("Reggie", "Fox", "Reggie F."), ("Harrison", "Day", "Harry D."),
                                                      ("Jac", "Vaughan", "Jac V."), ("Ethan", "Moore", "Ethan M.")],
         cam=dict(out_w=960, blur=1.2, noise=6, jpeg=62, cast=(0.97, 1.0, 1.05))),
    dict(file="images/DSC_0750.png", draw=t10, names=[],
         cam=dict(out_w=1350, light=(90, 0.25), blur=1.0, noise=6, jpeg=66)),
    dict(file="images/DSC_0752.png", draw=t11, names=[],
         cam=dict(out_w=1500, light=(180, 0.3), blur=1.1, noise=7, jpeg=62)),
    dict(file="images/DSC_0755.png", draw=t12, names=[],
         cam=dict(out_w=1300, glare=(0.4, 0.4, 0.35, 0.45), blur=0.9, noise=5, jpeg=70)),
    dict(file="images/DSC_0761.png", draw=t13, names=[],
         cam=dict(out_w=1400, light=(45, 0.3), blur=1.0, noise=6, jpeg=65)),
    dict(file="images/DSC_0763.png", draw=t14, names=[],
         cam=dict(out_w=950, blur=1.0, noise=7, jpeg=62, vignette=0.4)),
    dict(file="images/DSC_0768.png", draw=t15, names=[],
         cam=dict(out_w=1250, light=(0, 0.3), blur=1.1, noise=6, jpeg=64)),
    dict(file="images/DSC_0770.png", draw=t16, names=[],
         cam=dict(out_w=900, contrast=0.8, blur=1.0, noise=7, jpeg=60)),
    dict(file="images/DSC_0774.png", draw=t17, names=[("Alys", "Prosser", "Alys Prosser")],
         cam=dict(out_w=1200, bright=0.65, cast=(1.1, 1.0, 0.8), blur=1.2, noise=12, jpeg=55)),
    dict(file="images/DSC_0779.png", draw=t18, names=[("Awel", "Jenkins", "Awel"), ("Jack", "Morgan", "Jack M."),
                                                      ("Sophie", "Bennett", "Sophie"), ("Osian", "Pritchard", "Osian"),
                                                      ("Ava", "Lloyd", "Ava")],
         cam=dict(out_w=1600, cast=(0.92, 1.0, 1.1), blur=1.3, noise=6, jpeg=60, glare=(0.25, 0.3, 0.25, 0.4))),
    dict(file="images/DSC_0783.png", draw=t19, names=[("Cai", "Roberts", "Cai"), ("Logan", "Hart", "Logan")],
         cam=dict(out_w=1500, light=(0, 0.3), blur=1.2, noise=6, jpeg=64)),
    dict(file="images/DSC_0786.png", draw=t20, names=[("Rowan", "Bevan", "ROWAN BEVAN")],
         cam=dict(out_w=1100, bright=0.6, contrast=0.85, cast=(1.12, 1.0, 0.78), blur=1.4, noise=16, jpeg=50, vignette=0.6)),
    dict(file="images/DSC_0790.png", draw=t21, names=[("Elsie", "Barnes", "Elsie"), ("Kian", "Doyle", "Kian"),
                                                      ("Alys", "Prosser", "Alys P.")],
         cam=dict(out_w=1000, light=(250, 0.3), blur=1.1, noise=6, jpeg=64)),
    dict(file="images/DSC_0792.png", draw=t22, names=[("Ibrahim", "Ali", "Ibrahim Ali")],
         cam=dict(out_w=950, blur=1.0, noise=7, jpeg=62, light=(315, 0.3))),
    dict(file="images/DSC_0797.png", draw=t23, names=[("Tomasz", "Kowalczyk", "Tomek"), ("Ruby", "Bishop", "Ruby"),
                                                      ("Holly", "Ashworth", "Holly A.")],
         cam=dict(out_w=1300, light=(60, 0.3), blur=1.1, noise=7, jpeg=62)),
    dict(file="images/DSC_0801.png", draw=t24, names=[],
         cam=dict(out_w=1300, light=(150, 0.3), blur=1.0, noise=6, jpeg=64)),
    dict(file="images/DSC_0804.png", draw=t25, names=[],
         cam=dict(out_w=900, blur=1.2, noise=8, jpeg=58)),
    dict(file="images/DSC_0809.png", draw=t26, names=[("Ethan", "Moore", "Ethan M."), ("Jac", "Vaughan", "Jac V."),
                                                      ("Lola", "Griffin", "Lola")],
         cam=dict(out_w=1250, glare=(0.5, 0.2, 0.3, 0.5), blur=1.0, noise=6, jpeg=66)),
    dict(file="images/DSC_0812.png", draw=t27, names=[("Nathaniel", "Ward", "Nate")],
         cam=dict(out_w=1500, glare=(0.55, 0.35, 0.4, 0.7), blur=1.2, noise=5, jpeg=64)),
    dict(file="images/DSC_0815.png", draw=t28, names=[],
         cam=dict(out_w=1000, blur=1.0, noise=6, jpeg=64, light=(100, 0.25))),
    dict(file="images/DSC_0819.png", draw=t29, names=[("Finley", "Cross", "Finn"), ("Layla", "Hussain", "Layla"),
                                                      ("Ifan", "Morgan", "Ifan")],
         cam=dict(out_w=1500, bright=1.1, blur=1.3, motion=5, noise=6, jpeg=62)),
    dict(file="images/DSC_0823.png", draw=t30, names=[],
         cam=dict(out_w=1400, light=(30, 0.25), blur=1.0, noise=6, jpeg=64)),
]
