"""Dev half: Cwm Gafenni Primary (invented). 30 classroom photos drawn with Pillow.

Each spec: file, names [(first, last, text_as_drawn)], a draw function taking the list of
name texts and returning the scene, and camera settings. Names are drawn only from the list
passed in, so labels and pixels cannot drift apart.
"""
import random

from PIL import Image, ImageDraw

from lib import (F, T, Tc, fit, rot_text, hand, hand_c, hand_width, star, bunting, scallop_border,
                 balloon, pin, tape, ruled_lines, doodle, sun, snowflake, cloud, dragon_flag,
                 book_cover, make_bg, bg_plain, quad, warp_onto, rotate90, rnd)

BLUE_MARKER = (30, 60, 160)
BLACK_MARKER = (35, 35, 40)
RED_MARKER = (190, 30, 40)
GREEN_MARKER = (30, 120, 60)
PENCIL = (95, 95, 100)


def paper(w, h, col=(250, 249, 244), grain=3):
    return bg_plain(w, h, col, grain=grain, mottle=6)


def on(bgkind, W, H, doc, scale=0.78, angle=0, tx=0, ty=0, off=(0, 0), shadow=12, curl=0.0, **bgkw):
    bg = make_bg(bgkind, W, H, **bgkw)
    w, h = doc.size
    s = min(W * scale / w, H * scale / h)
    c = quad(W / 2 + off[0], H / 2 + off[1], w * s, h * s, angle, tx, ty, jitter=3)
    return warp_onto(bg, doc, c, shadow=shadow, curl=curl)


# ------------------------------------------------------------------ 01 certificate
def d01(N):
    W, H = 1400, 990
    doc = paper(W, H, (255, 252, 240))
    d = ImageDraw.Draw(doc)
    d.rectangle([18, 18, W - 18, H - 18], outline=(20, 60, 140), width=16)
    d.rectangle([46, 46, W - 46, H - 46], outline=(210, 170, 40), width=5)
    for (x, y) in ((90, 90), (W - 90, 90), (90, H - 90), (W - 90, H - 90)):
        star(doc, x, y, 30, (240, 200, 40), (150, 110, 20))
    Tc(doc, W / 2, 80, "TYSTYSGRIF", F("serifb", 64), (20, 60, 140))
    Tc(doc, W / 2, 160, "Certificate", F("serifi", 38), (20, 60, 140))
    star(doc, W / 2, 290, 70, (245, 195, 30), (160, 110, 10), width=3)
    Tc(doc, W / 2, 380, "Seren yr Wythnos", F("serifbi", 84), (190, 30, 50))
    Tc(doc, W / 2, 480, "Star of the Week", F("serifi", 44), (120, 30, 50))
    Tc(doc, W / 2, 560, "Dyfarnwyd i  /  Awarded to", F("sans", 30), (70, 70, 70))
    d.line([(330, 700), (W - 330, 700)], fill=(150, 150, 150), width=2)
    hand_c(doc, W / 2, 610, N[0], F("sansbi", 70), BLUE_MARKER, jitter=2.0, rot=6, thick=1)
    Tc(doc, W / 2, 730, "am ddarllen yn uchel gyda hyder", F("serif", 32), (40, 40, 40))
    Tc(doc, W / 2, 775, "for reading aloud so confidently", F("serifi", 30), (40, 40, 40))
    T(doc, (110, 860), "Da iawn!  Dosbarth Eos", F("sansb", 30), (20, 60, 140))
    hand(doc, (W - 430, 845), "G. Powell", F("lserifi", 46), (20, 20, 60), jitter=1.5, rot=8)
    T(doc, (W - 430, 905), "16.01.2026", F("sans", 22), (90, 90, 90))
    return on("wood", 2000, 1500, doc, scale=0.82, angle=-4, tx=0.06, ty=0.10, off=(20, 40), curl=0.15)


# ------------------------------------------------------------------ 02 coat pegs
def d02(N):
    W, H = 2200, 1300
    img = make_bg("plain", W, H, col=(214, 226, 200))
    d = ImageDraw.Draw(img)
    # sign
    d.rounded_rectangle([700, 60, 1500, 300], 20, fill=(255, 255, 255), outline=(60, 120, 60), width=6)
    Tc(img, 1100, 85, "Dosbarth Dryw", F("sansb", 78), (50, 110, 50))
    Tc(img, 1100, 190, "Miss Pritchard's class  •  Year 1", F("sans", 40), (60, 60, 60))
    # rail
    d.rectangle([60, 620, W - 60, 680], fill=(150, 105, 60), outline=(90, 60, 30), width=3)
    fonts = ["sansb", "lsansb", "condb", "sansb", "narrowb", "lsansb"]
    cols = [(255, 220, 230), (210, 235, 255), (255, 245, 190), (220, 250, 215), (245, 225, 255), (255, 230, 200)]
    icons = ["star", "sun", "snow", "ball", "cloud", "tree"]
    x = 150
    for i, name in enumerate(N):
        lx = x + i * 340
        d.rounded_rectangle([lx, 370, lx + 290, 580], 18, fill=cols[i], outline=(120, 120, 120), width=3)
        ic = icons[i]
        if ic == "star":
            star(img, lx + 145, 425, 38, (240, 190, 30))
        elif ic == "sun":
            sun(img, lx + 145, 425, 22)
        elif ic == "snow":
            snowflake(img, lx + 145, 425, 40)
        elif ic == "ball":
            d.ellipse([lx + 110, 390, lx + 180, 460], fill=(250, 250, 250), outline=(30, 30, 30), width=3)
        elif ic == "cloud":
            cloud(img, lx + 145, 430, 28)
        else:
            d.polygon([(lx + 145, 385), (lx + 105, 460), (lx + 185, 460)], fill=(40, 130, 60))
        f = fit(fonts[i], name, 250, 64)
        Tc(img, lx + 145, 480, name, f, (30, 30, 30))
        # hook
        d.ellipse([lx + 125, 630, lx + 165, 670], fill=(200, 200, 205), outline=(90, 90, 90), width=3)
        d.arc([lx + 120, 640, lx + 190, 760], 270, 90, fill=(170, 170, 175), width=10)
    # a coat and a bag hanging
    d.polygon([(150 + 340 + 80, 690), (150 + 340 + 220, 690), (150 + 340 + 260, 1150), (150 + 340 + 40, 1150)], fill=(200, 40, 50))
    d.rounded_rectangle([150 + 340 * 3 + 60, 700, 150 + 340 * 3 + 240, 960], 30, fill=(40, 70, 150))
    d.rectangle([0, 1180, W, H], fill=(120, 110, 100))
    return on("plain", 2400, 1500, img, scale=1.12, angle=-3, tx=0.22, ty=0.05, col=(190, 200, 180), shadow=0)


# ------------------------------------------------------------------ 03 trays
def d03(N):
    W, H = 1800, 1500
    img = make_bg("plain", W, H, col=(232, 228, 218))
    d = ImageDraw.Draw(img)
    d.rectangle([200, 100, 1600, 1450], fill=(190, 190, 195), outline=(110, 110, 115), width=6)
    colours = [(40, 90, 200), (40, 160, 80), (220, 50, 50), (250, 200, 40)]
    labels = {(0, 0): N[0], (1, 1): N[1], (2, 0): N[2], (3, 2): N[3], (0, 2): "Spare",
              (1, 0): "Pensiliau / Pencils", (2, 2): "Llyfrau darllen", (3, 0): "Hebog"}
    fonts = ["lsansb", "sansb", "narrowb", "condb"]
    k = 0
    for r in range(4):
        for c in range(3):
            x0 = 240 + c * 450
            y0 = 140 + r * 325
            col = colours[(r + c) % 4]
            d.rectangle([x0, y0, x0 + 420, y0 + 290], fill=tuple(int(v * 0.55) for v in col))
            d.rectangle([x0 + 10, y0 + 20, x0 + 410, y0 + 280], fill=col)
            d.rounded_rectangle([x0 + 170, y0 + 40, x0 + 250, y0 + 70], 12, fill=tuple(int(v * 0.7) for v in col))
            if (r, c) in labels:
                text = labels[(r, c)]
                d.rectangle([x0 + 60, y0 + 110, x0 + 360, y0 + 230], fill=(252, 252, 250), outline=(80, 80, 80), width=2)
                if text in N:
                    f = fit(fonts[k % 4], text, 280, 58)
                    k += 1
                else:
                    f = fit("sans", text, 280, 36)
                T(img, (x0 + 210, y0 + 170), text, f, (20, 20, 20), anchor="mm")
    return on("plain", 2000, 1600, img, scale=0.95, angle=2, tx=0.0, ty=-0.12, col=(200, 195, 185), shadow=0)


# ------------------------------------------------------------------ 04 whiteboard register
def d04(N):
    W, H = 2000, 1250
    img = make_bg("whiteboard", W, H)
    d = ImageDraw.Draw(img)
    hand(img, (1290, 60), "Dydd Llun 12 Ionawr", F("sansi", 54), BLUE_MARKER, thick=2)
    hand(img, (80, 70), "Pwy sy yma heddiw?", F("sansbi", 72), RED_MARKER, thick=1)
    hand(img, (80, 170), "Who's here today?", F("sansi", 56), RED_MARKER, thick=1)
    hand(img, (80, 270), "Grŵp Darllen – Mr Harries", F("sansi", 48), GREEN_MARKER, thick=1)
    y = 400
    for i, name in enumerate(N):
        x_end = hand(img, (160, y), name, F("sansi", 78), BLACK_MARKER, thick=2, jitter=2)
        if i < len(N) - 1:
            d.line([(x_end + 60, y + 50), (x_end + 85, y + 80), (x_end + 140, y + 10)], fill=GREEN_MARKER, width=9)
        else:
            hand(img, (x_end + 60, y + 8), "adref – sâl", F("sansi", 50), RED_MARKER, thick=1)
        y += 150
    # doodles: weather + sticker area
    sun(img, 1600, 500, 70)
    hand(img, (1420, 660), "Mae hi'n heulog", F("sansi", 50), BLUE_MARKER, thick=1)
    d.rectangle([0, 0, W - 1, H - 1], outline=(160, 160, 165), width=26)
    d.rectangle([0, H - 40, W, H], fill=(150, 150, 155))
    scene = on("plain", 2300, 1500, img, scale=0.9, angle=-2, tx=0.10, ty=0.03, col=(200, 210, 220), shadow=6)
    return scene


# ------------------------------------------------------------------ 05 reading record
def d05(N):
    W, H = 1000, 1414
    doc = paper(W, H, (250, 250, 243))
    d = ImageDraw.Draw(doc)
    Tc(doc, W / 2, 40, "Cofnod Darllen  •  Reading Record", F("serifb", 44), (20, 40, 90))
    T(doc, (60, 140), "Enw / Name:", F("sans", 30), (40, 40, 40))
    d.line([(250, 180), (620, 180)], fill=(120, 120, 120), width=2)
    hand(doc, (262, 128), N[0], F("lsansi", 40), PENCIL, jitter=1.0, rot=4)
    T(doc, (650, 140), "Dosbarth:", F("sans", 30), (40, 40, 40))
    d.line([(800, 180), (950, 180)], fill=(120, 120, 120), width=2)
    hand(doc, (808, 130), "Barcud", F("lsansi", 38), PENCIL)
    cols = [60, 200, 520, 610, 940]
    heads = ["Dyddiad", "Llyfr / Book", "Tud.", "Sylwadau / Comment"]
    y0 = 240
    d.rectangle([60, y0, 940, y0 + 60], fill=(215, 225, 240))
    for i, hd in enumerate(heads):
        T(doc, (cols[i] + 10, y0 + 16), hd, F("sansb", 24), (20, 40, 90))
    rows = [
        ("5/1", "The Twits – Roald Dahl", "1-24", "Read to Nain, great voices!", "lsansi"),
        ("7/1", "The Twits", "25-40", "Tired tonight, we shared it", "sansi"),
        ("9/1", "Sali Mali a'r Sioe", "all", "Welsh book – read it twice", "lsansi"),
        ("12/1", "Funnybones", "all", "Lovely expression. CK", "lserifi"),
        ("14/1", "The Iron Man", "1-15", "Asked lots of questions", "sansi"),
    ]
    y = y0 + 60
    for r in rows:
        d.line([(60, y + 110), (940, y + 110)], fill=(170, 170, 170), width=2)
        hand(doc, (cols[0] + 10, y + 35), r[0], F(r[4], 30), (20, 40, 120), log=True)
        hand(doc, (cols[1] + 10, y + 35), r[1], fit(r[4], r[1], 270, 30), (20, 40, 120))
        hand(doc, (cols[2] + 10, y + 35), r[2], F(r[4], 28), (20, 40, 120))
        hand(doc, (cols[3] + 10, y + 35), r[3], fit(r[4], r[3], 290, 28), (20, 40, 120))
        y += 110
    for x in cols:
        d.line([(x, y0), (x, y)], fill=(150, 150, 150), width=2)
    d.rectangle([60, y0, 940, y], outline=(100, 100, 100), width=3)
    T(doc, (60, y + 40), "Darllenwch bob nos os gwelwch yn dda – please read every night.", F("sansi", 24), (80, 80, 80))
    T(doc, (60, y + 90), "Checked by: Mrs Kinsey", F("sans", 26), (60, 60, 60))
    star(doc, 850, y + 120, 40, (240, 200, 40))
    return on("carpet", 1700, 1900, doc, scale=0.86, angle=7, tx=-0.05, ty=0.15, shadow=10, curl=0.2)


# ------------------------------------------------------------------ 06 star of the week board
def d06(N):
    W, H = 2200, 1400
    img = make_bg("backing", W, H, col=(30, 70, 150))
    scallop_border(img, (250, 210, 40), r=26)
    d = ImageDraw.Draw(img)
    d.rectangle([300, 80, 1900, 300], fill=(255, 255, 255))
    Tc(img, 1100, 95, "Sêr yr Wythnos ★ Stars of the Week", fit("sansb", "Sêr yr Wythnos ★ Stars of the Week", 1540, 74), (30, 70, 150))
    Tc(img, 1100, 200, "Summer term 2026  •  Tymor yr Haf", F("sans", 52), (80, 80, 80))
    reasons = ["for kindness on the yard", "fantastic persuasive writing", "helping out in Eos class"]
    fonts = ["sansbi", "lsansbi", "narrowbi"]
    for i, name in enumerate(N):
        cx = 420 + i * 680
        cy = 780 + (40 if i == 1 else 0)
        star(img, cx, cy, 330, (255, 225, 60), (200, 150, 20), width=6, rot=-90 + rnd(-6, 6))
        hand_c(img, cx, cy - 110, name, F(fonts[i], 92), (180, 20, 40), thick=2, jitter=2)
        for j, line in enumerate(_wrap(reasons[i], 14)):
            hand_c(img, cx, cy + 5 + j * 46, line, F("sansi", 36), (40, 40, 40), thick=0)
    return on("plain", 2500, 1700, img, scale=0.9, angle=1.5, tx=-0.06, ty=0.12, col=(235, 232, 225), shadow=4)


def _wrap(text, n):
    out, cur = [], ""
    for w in text.split():
        if len(cur) + len(w) + 1 > n and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w).strip()
    out.append(cur)
    return out


# ------------------------------------------------------------------ 07 birthday chart
def d07(N):
    W, H = 2000, 1400
    img = make_bg("backing", W, H, col=(250, 220, 235))
    scallop_border(img, (150, 60, 150), r=22)
    bunting(img, 60, 40, W - 40, 16, [(230, 60, 60), (60, 130, 230), (250, 200, 40), (60, 170, 90)], 60)
    Tc(img, W / 2, 140, "Penblwydd Hapus!  Happy Birthday!", F("sansb", 84), (150, 40, 130))
    months = [("Ionawr", "January"), ("Chwefror", "February"), ("Mawrth", "March"), ("Ebrill", "April"),
              ("Mai", "May"), ("Mehefin", "June"), ("Gorffennaf", "July"), ("Awst", "August"),
              ("Medi", "September"), ("Hydref", "October"), ("Tachwedd", "November"), ("Rhagfyr", "December")]
    who = {0: N[0], 2: N[1], 5: N[2], 9: N[3], 11: N[4]}
    cols = [(240, 90, 90), (90, 160, 240), (250, 200, 60), (120, 200, 120), (200, 130, 230), (250, 150, 70)]
    for m in range(12):
        r, c = divmod(m, 6)
        cx = 180 + c * 330
        cy = 430 + r * 480
        balloon(img, cx, cy, 95, cols[m % 6])
        Tc(img, cx, cy - 45, months[m][0], fit("sansb", months[m][0], 170, 36), (255, 255, 255))
        Tc(img, cx, cy + 2, months[m][1], fit("sans", months[m][1], 160, 26), (255, 255, 255))
        if m in who:
            ImageDraw.Draw(img).rectangle([cx - 120, cy + 250, cx + 120, cy + 330], fill=(255, 255, 255), outline=(80, 80, 80), width=2)
            hand_c(img, cx, cy + 262, who[m], fit("sansbi", who[m], 210, 50), (30, 30, 30), thick=1)
    return on("plain", 2300, 1650, img, scale=0.92, angle=-3, tx=0.05, ty=0.05, col=(240, 238, 230), shadow=4)


# ------------------------------------------------------------------ 08 worksheet sideways
def d08(N):
    W, H = 1240, 1754
    doc = paper(W, H, (253, 253, 251))
    d = ImageDraw.Draw(doc)
    T(doc, (80, 80), "Enw / Name:", F("lsans", 36), (30, 30, 30))
    d.line([(300, 125), (720, 125)], fill=(60, 60, 60), width=2)
    hand(doc, (320, 62), N[0], F("lsansbi", 60), PENCIL, jitter=2.5, rot=9, thick=1)
    T(doc, (760, 80), "Dyddiad / Date:", F("lsans", 36), (30, 30, 30))
    hand(doc, (1010, 72), "3.2.26", F("lsansi", 44), PENCIL, jitter=2)
    Tc(doc, W / 2, 200, "Rhifau 1–20  •  Numbers", F("lsansb", 60), (20, 20, 20))
    Tc(doc, W / 2, 290, "Ysgrifennwch y rhif.  Write the number.", F("lsans", 36), (50, 50, 50))
    words = ["un", "dau", "tri", "pedwar", "pump", "chwech", "saith", "wyth", "naw", "deg"]
    for i, w in enumerate(words):
        r, c = divmod(i, 2)
        x = 120 + c * 560
        y = 400 + r * 240
        T(doc, (x, y + 50), w, F("lsans", 52), (20, 20, 20))
        d.rectangle([x + 260, y + 20, x + 420, y + 160], outline=(30, 30, 30), width=3)
        ans = str(i + 1) if i != 6 else "6"
        hand(doc, (x + 310, y + 45), ans, F("lsansb", 80), PENCIL, jitter=3, rot=12, thick=1)
        if i != 6:
            d.line([(x + 430, y + 90), (x + 450, y + 115), (x + 490, y + 60)], fill=RED_MARKER, width=5)
    hand(doc, (150, 1640), "Da iawn! Gwaith gwych.  CK", F("sansi", 48), RED_MARKER, thick=1)
    doc = rotate90(doc, 1)
    return on("wood", 2200, 1700, doc, scale=0.86, angle=3, tx=0.04, ty=0.08, base=(190, 150, 105), curl=0.1)


# ------------------------------------------------------------------ 09 team sheet
def d09(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    dragon_flag(doc, (80, 70, 260, 190))
    T(doc, (300, 70), "Tîm Pêl-droed Bl. 5 & 6", F("lsansb", 58), (200, 20, 30))
    T(doc, (300, 145), "Football squad", F("lsans", 40), (40, 40, 40))
    T(doc, (80, 260), "v Ysgol Bryn Onnen (away)", F("lsansb", 44), (20, 20, 20))
    T(doc, (80, 330), "Dydd Mercher 4 Chwefror – kick-off 3.45pm – Bailey Park", F("lsans", 34), (20, 20, 20))
    pos = ["GK", "DEF", "DEF", "MID", "MID", "FWD"]
    y = 450
    for p, n in zip(pos, N):
        d.rectangle([80, y, 1160, y + 110], outline=(150, 150, 150), width=2)
        T(doc, (110, y + 30), p, F("lmonob", 44), (90, 90, 90))
        T(doc, (300, y + 26), n, F("lsans", 54), (10, 10, 10))
        y += 130
    T(doc, (80, y + 40), "Kit: red shirts, black shorts, shin pads!! Water bottle.", F("lsans", 34), (30, 30, 30))
    T(doc, (80, y + 100), "Back to school by 5.15pm. Pick up from the front gate.", F("lsans", 34), (30, 30, 30))
    T(doc, (80, y + 200), "Mr Rowlands", F("lsansi", 40), (30, 30, 30))
    scene = make_bg("cork", 1900, 2300)
    c = quad(950, 1150, 1240 * 1.25, 1754 * 1.25, -2.5, 0.02, 0.0, 4)
    scene = warp_onto(scene, doc, c, shadow=8)
    pin(scene, 330, 110, (40, 90, 220), 14)
    pin(scene, 1600, 100, (220, 40, 40), 14)
    # a second, half-hidden notice
    small = paper(600, 400, (255, 250, 200))
    T(small, (30, 30), "Clwb Garddio", F("sansb", 50), (30, 100, 30))
    T(small, (30, 110), "Dydd Iau amser cinio", F("sans", 34), (30, 30, 30))
    scene = warp_onto(scene, small, quad(1700, 350, 600, 400, 8, 0, 0, 2), shadow=6)
    return scene


# ------------------------------------------------------------------ 10 library shelf (negative)
def d10(N):
    W, H = 2200, 1500
    img = make_bg("plain", W, H, col=(225, 215, 195))
    d = ImageDraw.Draw(img)
    d.rectangle([0, 900, W, 980], fill=(130, 90, 55))
    d.rectangle([0, 980, W, H], fill=(95, 65, 40))
    d.rounded_rectangle([650, 60, 1550, 230], 24, fill=(255, 255, 255), outline=(40, 120, 160), width=6)
    Tc(img, 1100, 80, "Darllen er pleser", F("serifb", 64), (40, 120, 160))
    Tc(img, 1100, 160, "Reading for pleasure – borrow me!", F("serifi", 42), (60, 60, 60))
    books = [
        ("Hope Jones Saves the World", "Josh Lacey", (60, 170, 90), (255, 255, 255), "sun"),
        ("The Owl Who Was Afraid of the Dark", "Jill Tomlinson", (25, 35, 80), (250, 230, 120), "moon"),
        ("Matilda", "Roald Dahl", (220, 60, 60), (255, 255, 255), None),
        ("Grace and Family", "Mary Hoffman", (250, 200, 70), (60, 30, 20), "sun"),
        ("Gwen the Rescue Hen", "Leila Rudge", (140, 200, 230), (30, 30, 60), None),
    ]
    x = 120
    for i, (t, a, bgc, fg, deco) in enumerate(books):
        w = 330
        h = 470
        book_cover(img, (x, 900 - h, x + w, 900), t, a, bgc, fg, "serifb" if i % 2 else "sansb", deco)
        x += w + 70
    T(img, (120, 1030), "Llyfr y Mis / Book of the Month: Matilda", F("sansb", 46), (250, 240, 220))
    return on("plain", 2400, 1700, img, scale=0.92, angle=-1, tx=-0.12, ty=0.04, col=(200, 190, 175), shadow=0)


# ------------------------------------------------------------------ 11 weather chart (negative)
def d11(N):
    W, H = 1800, 1300
    img = make_bg("backing", W, H, col=(200, 230, 250))
    scallop_border(img, (40, 90, 190), r=20)
    d = ImageDraw.Draw(img)
    Tc(img, W / 2, 70, "Y Tywydd Heddiw", F("sansb", 80), (30, 60, 150))
    Tc(img, W / 2, 170, "Today's weather", F("sans", 48), (30, 60, 150))
    cx, cy, R = 620, 720, 380
    d.ellipse([cx - R, cy - R, cx + R, cy + R], fill=(255, 255, 255), outline=(30, 60, 150), width=6)
    items = [("heulog", "sunny"), ("glaw", "rain"), ("eira", "snow"), ("gwyntog", "windy"), ("cymylog", "cloudy")]
    import math
    for i, (cy_w, en) in enumerate(items):
        a = math.radians(-90 + i * 72)
        x, y = cx + R * 0.62 * math.cos(a), cy + R * 0.62 * math.sin(a)
        d.line([(cx, cy), (cx + R * math.cos(a + 0.63), cy + R * math.sin(a + 0.63))], fill=(180, 190, 210), width=3)
        Tc(img, x, y - 30, cy_w, F("sansb", 42), (30, 30, 30))
        Tc(img, x, y + 20, en, F("sans", 30), (90, 90, 90))
    a = math.radians(-90 + 2 * 72)
    d.line([(cx, cy), (cx + R * 0.45 * math.cos(a), cy + R * 0.45 * math.sin(a))], fill=(220, 40, 40), width=14)
    d.ellipse([cx - 22, cy - 22, cx + 22, cy + 22], fill=(220, 40, 40))
    snowflake(img, 1400, 420, 90)
    hand_c(img, 1400, 560, "Mae hi'n bwrw eira!", F("sansbi", 54), (30, 30, 30), thick=1)
    hand_c(img, 1400, 650, "awel ysgafn = light breeze", F("sansi", 40), (60, 60, 60))
    seasons = [("Gwanwyn", (120, 200, 120)), ("Haf", (250, 200, 60)), ("Hydref", (220, 120, 50)), ("Gaeaf", (150, 180, 230))]
    for i, (s, col) in enumerate(seasons):
        x0 = 1130 + (i % 2) * 260
        y0 = 800 + (i // 2) * 180
        d.rounded_rectangle([x0, y0, x0 + 240, y0 + 150], 16, fill=col)
        Tc(img, x0 + 120, y0 + 52, s, fit("sansb", s, 220, 44), (255, 255, 255))
    return on("plain", 2100, 1550, img, scale=0.9, angle=4, tx=0.0, ty=0.1, col=(232, 228, 220), shadow=3)


# ------------------------------------------------------------------ 12 Welsh heroes (negative)
def d12(N):
    W, H = 1500, 2100
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    d.rectangle([0, 0, W, 230], fill=(200, 20, 40))
    Tc(doc, W / 2, 40, "Arwyr Cymru", F("serifb", 96), (255, 255, 255))
    Tc(doc, W / 2, 155, "Welsh Heroes – who inspires you?", F("serifi", 44), (255, 235, 235))
    heroes = [("Tanni Grey-Thompson", "11 Paralympic gold medals in wheelchair racing"),
              ("Gareth Bale", "scored 41 goals for Wales"),
              ("Jade Jones", "two Olympic golds in taekwondo"),
              ("Betsi Cadwaladr", "nurse in the Crimean War, born in Bala"),
              ("Roald Dahl", "storyteller, born in Llandaff, Cardiff")]
    y = 300
    for i, (nm, what) in enumerate(heroes):
        d.rounded_rectangle([80, y, W - 80, y + 320], 20, fill=(240, 245, 240), outline=(30, 130, 60), width=4)
        d.ellipse([120, y + 40, 360, y + 280], fill=(200, 200, 200))
        d.ellipse([195, y + 80, 285, y + 170], fill=(170, 150, 130))
        d.pieslice([150, y + 170, 330, y + 330], 180, 360, fill=(100, 110, 140))
        T(doc, (410, y + 70), nm, fit("sansb", nm, 950, 64), (30, 30, 30))
        T(doc, (410, y + 170), what, fit("sans", what, 950, 38), (70, 70, 70))
        y += 350
    return on("cork", 1800, 2300, doc, scale=0.9, angle=-1.5, tx=0.08, ty=0.0, shadow=8)


# ------------------------------------------------------------------ 13 house points (negative)
def d13(N):
    W, H = 2000, 1300
    img = make_bg("whiteboard", W, H)
    d = ImageDraw.Draw(img)
    T(img, (80, 60), "Pwyntiau'r Tai  –  House Points", F("lsansb", 78), (20, 20, 20))
    houses = [("Blorens", 412, (220, 50, 50)), ("Ysgyryd", 398, (40, 90, 200)),
              ("Pen-y-Fâl", 377, (40, 150, 70)), ("Deri", 401, (240, 190, 30))]
    for i, (h, pts, col) in enumerate(houses):
        y = 260 + i * 200
        T(img, (80, y + 30), h, F("lsansb", 64), col)
        bw = int(pts * 2.6)
        d.rectangle([520, y + 20, 520 + bw, y + 140], fill=col)
        hand(img, (540 + bw, y + 40), str(pts), F("sansbi", 70), BLACK_MARKER, thick=1)
    hand(img, (80, 1100), "Will Ysgyryd catch up by Friday??", F("sansi", 64), BLUE_MARKER, thick=2)
    d.rectangle([0, 0, W - 1, H - 1], outline=(150, 150, 155), width=24)
    return on("plain", 2200, 1500, img, scale=0.92, angle=2.5, tx=-0.08, ty=0.02, col=(210, 214, 220), shadow=5)


# ------------------------------------------------------------------ 14 staff board (negative)
def d14(N):
    W, H = 2200, 1500
    img = make_bg("backing", W, H, col=(40, 120, 80))
    scallop_border(img, (255, 255, 255), r=20)
    d = ImageDraw.Draw(img)
    Tc(img, W / 2, 60, "Dewch i gwrdd â'r tîm  •  Meet the Team", F("sansb", 72), (255, 255, 255))
    staff = [("Mrs Helen Wyatt", "Pennaeth / Headteacher"), ("Mrs Grace Powell", "Dosbarth Eos"),
             ("Miss Seren Pritchard", "Dosbarth Dryw"), ("Mr Jack Harries", "Dosbarth Robin"),
             ("Miss Ruby Fenwick", "Dosbarth Gwennol"), ("Mrs Eira Jones", "Cymraeg / Welsh"),
             ("Mr Rhodri Bevan", "Cynorthwyydd / TA"), ("Mr Gareth Bowen", "Dirprwy / Deputy")]
    for i, (nm, role) in enumerate(staff):
        r, c = divmod(i, 4)
        x0 = 110 + c * 510
        y0 = 230 + r * 610
        d.rectangle([x0, y0, x0 + 450, y0 + 560], fill=(255, 255, 255))
        d.rectangle([x0 + 40, y0 + 30, x0 + 410, y0 + 360], fill=(200 + (i * 7) % 40, 210, 225))
        d.ellipse([x0 + 160, y0 + 90, x0 + 290, y0 + 220], fill=(220, 180, 150))
        d.pieslice([x0 + 110, y0 + 230, x0 + 340, y0 + 460], 180, 360, fill=(80 + i * 15, 80, 120))
        Tc(img, x0 + 225, y0 + 385, nm, fit("sansb", nm, 420, 40), (20, 20, 20))
        Tc(img, x0 + 225, y0 + 450, role, fit("sans", role, 420, 32), (90, 90, 90))
    return on("plain", 2400, 1700, img, scale=0.9, angle=-2, tx=0.1, ty=0.05, col=(230, 225, 215), shadow=4)


# ------------------------------------------------------------------ 15 Dylan Thomas Day (negative)
def d15(N):
    W, H = 1240, 1754
    doc = paper(W, H, (245, 240, 225))
    d = ImageDraw.Draw(doc)
    d.rectangle([40, 40, W - 40, H - 40], outline=(60, 50, 40), width=4)
    Tc(doc, W / 2, 120, "Diwrnod", F("lserifb", 90), (60, 40, 30))
    Tc(doc, W / 2, 230, "Dylan Thomas", F("lserifbi", 130), (140, 30, 30))
    Tc(doc, W / 2, 400, "Day  –  14 May", F("lserifb", 80), (60, 40, 30))
    d.line([(200, 530), (W - 200, 530)], fill=(60, 50, 40), width=3)
    lines = ["Join Tylluan and Gwennol in the hall", "for readings from", "'A Child's Christmas in Wales'",
             "and 'Under Milk Wood'.", "", "Bring a poem you love –", "in Welsh or English!"]
    y = 600
    for ln in lines:
        if ln:
            Tc(doc, W / 2, y, ln, fit("lserif", ln, W - 200, 56), (40, 30, 20))
        y += 80
    T(doc, (120, 1500), "1.30pm  •  Neuadd yr ysgol", F("lserifi", 46), (60, 40, 30))
    return on("plain", 1700, 2200, doc, scale=0.88, angle=3, tx=-0.04, ty=0.14, col=(60, 60, 70), shadow=14)


# ------------------------------------------------------------------ 16 nativity poster (negative)
def d16(N):
    W, H = 1400, 1000
    doc = paper(W, H, (20, 30, 70), grain=5)
    for _ in range(60):
        x, y = rnd(0, W), rnd(0, H)
        ImageDraw.Draw(doc).ellipse([x, y, x + 4, y + 4], fill=(255, 255, 230))
    star(doc, 1240, 150, 100, (255, 220, 90), rot=-90)
    Tc(doc, 600, 70, "Sioe Nadolig Eos a Dryw", F("sansb", 62), (255, 255, 255))
    Tc(doc, 600, 190, "Seren Fach Bethlehem", F("serifbi", 84), (255, 220, 90))
    Tc(doc, 600, 320, "The Little Star of Bethlehem", F("serifi", 48), (230, 230, 255))
    Tc(doc, W / 2, 520, "Thursday 10 December • 2pm • school hall", F("sans", 44), (255, 255, 255))
    Tc(doc, W / 2, 600, "Tickets (2 per family) from the office", F("sans", 40), (230, 230, 230))
    Tc(doc, W / 2, 720, "Mary • Joseph • angels • shepherds • one very bossy donkey", F("sansi", 36), (255, 220, 160))
    return on("wood", 2000, 1500, doc, scale=0.8, angle=-6, tx=0.05, ty=0.12, base=(120, 80, 50), shadow=12)


# ------------------------------------------------------------------ 17 swimming certificate on fridge
def d17(N):
    W, H = 1400, 990
    doc = paper(W, H, (250, 252, 255))
    d = ImageDraw.Draw(doc)
    for i in range(6):
        d.arc([-200 + i * 40, 700 + i * 20, W + 200, 1400], 180, 360, fill=(60, 150, 220), width=6)
    Tc(doc, W / 2, 60, "Dyfarniad Nofio  |  Swimming Award", F("lsansb", 58), (20, 90, 170))
    Tc(doc, W / 2, 190, "10 metres", F("lsansb", 120), (0, 150, 200))
    Tc(doc, W / 2, 370, "This is to certify that", F("lsans", 38), (60, 60, 60))
    Tc(doc, W / 2, 440, N[0], F("lsansb", 86), (20, 20, 20))
    Tc(doc, W / 2, 570, "swam 10 metres unaided, any stroke", F("lsans", 38), (60, 60, 60))
    Tc(doc, W / 2, 630, "Monmouthshire Schools Swimming Programme", F("lsansi", 30), (90, 90, 90))
    scene = make_bg("plain", 1900, 1500, col=(236, 238, 240), mottle=8)
    c = quad(950, 760, 1400 * 1.1, 990 * 1.1, 5, 0.0, 0.06, 4)
    scene = warp_onto(scene, doc, c, shadow=6, shadow_alpha=70)
    d2 = ImageDraw.Draw(scene)
    d2.ellipse([520, 150, 620, 250], fill=(230, 60, 120))
    d2.rounded_rectangle([1330, 1180, 1480, 1260], 12, fill=(40, 170, 90))
    return scene


# ------------------------------------------------------------------ 18 sticker chart
def d18(N):
    W, H = 1754, 1240
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    Tc(doc, W / 2, 40, "Siart Sticeri  •  Sticker Chart", F("condb", 76), (40, 40, 40))
    Tc(doc, W / 2, 140, "Da iawn! Rydych chi'n wych!", F("condi", 44), (200, 40, 90))
    days = ["", "Llun", "Mawrth", "Mercher", "Iau", "Gwener"]
    x0, y0, cw, rh = 60, 260, 270, 250
    for i, dname in enumerate(days):
        d.rectangle([x0 + i * cw, y0, x0 + (i + 1) * cw, y0 + 100], fill=(255, 240, 150), outline=(60, 60, 60), width=3)
        if dname:
            Tc(doc, x0 + i * cw + cw / 2, y0 + 28, dname, F("condb", 44), (40, 40, 40))
    cols = [(230, 60, 60), (60, 130, 230), (60, 180, 90), (240, 170, 30), (170, 80, 200)]
    for r, n in enumerate(N):
        y = y0 + 100 + r * rh
        for i in range(6):
            d.rectangle([x0 + i * cw, y, x0 + (i + 1) * cw, y + rh], outline=(60, 60, 60), width=3)
        T(doc, (x0 + cw / 2, y + rh / 2), n, fit("condb", n, cw - 20, 64), (30, 30, 30), anchor="mm")
        for i in range(1, 6):
            if random.random() < 0.75:
                cx = x0 + i * cw + cw / 2 + rnd(-40, 40)
                cy = y + rh / 2 + rnd(-40, 40)
                col = random.choice(cols)
                if random.random() < 0.5:
                    star(doc, cx, cy, 60, col, rot=rnd(-110, -70))
                else:
                    d.ellipse([cx - 50, cy - 50, cx + 50, cy + 50], fill=col)
                    Tc(doc, cx, cy - 16, "★", F("sans", 34), (255, 255, 255))
    return on("backing", 2200, 1600, doc, scale=0.85, angle=-90 + 88, tx=0.0, ty=0.18, col=(240, 200, 60), shadow=6)


# ------------------------------------------------------------------ 19 portraits
def d19(N):
    W, H = 2300, 1400
    img = make_bg("backing", W, H, col=(20, 20, 25))
    d = ImageDraw.Draw(img)
    d.rectangle([450, 60, 1850, 230], fill=(250, 250, 250))
    Tc(img, 1150, 75, "Oriel Barcud – Portreadau", F("serifb", 66), (20, 20, 20))
    Tc(img, 1150, 160, "Portraits inspired by Frida Kahlo", F("serifi", 44), (80, 80, 80))
    captions = [f"Hunanbortread gan {N[0]}", f"Self-portrait by {N[1]}", f"{N[2]}, Bl. 3"]
    skin = [(225, 185, 150), (160, 110, 80), (240, 205, 180)]
    for i in range(3):
        x0 = 130 + i * 710
        d.rectangle([x0, 300, x0 + 600, 1080], fill=(250, 245, 235), outline=(200, 170, 90), width=12)
        cx = x0 + 300
        d.ellipse([cx - 170, 420, cx + 170, 820], fill=skin[i])
        d.ellipse([cx - 200, 360, cx + 200, 560], fill=(40, 25, 20))
        for fx in (-70, 70):
            d.ellipse([cx + fx - 25, 580, cx + fx + 25, 620], fill=(40, 40, 40))
        d.line([(cx - 90, 560), (cx - 30, 548)], fill=(20, 20, 20), width=10)
        d.line([(cx + 30, 548), (cx + 90, 560)], fill=(20, 20, 20), width=10)
        d.arc([cx - 70, 650, cx + 70, 740], 10, 170, fill=(180, 40, 60), width=8)
        for k in range(7):
            fx = cx - 210 + k * 70
            d.ellipse([fx - 28, 330, fx + 28, 386], fill=[(230, 60, 80), (250, 180, 40), (230, 90, 160)][k % 3])
        d.pieslice([cx - 240, 850, cx + 240, 1250], 180, 360, fill=[(40, 120, 70), (180, 40, 60), (60, 90, 180)][i])
        d.rectangle([x0 + 60, 1120, x0 + 540, 1220], fill=(255, 255, 255))
        cap = captions[i]
        T(img, (x0 + 300, 1170), cap, fit("sans" if i != 1 else "lserif", cap, 460, 40), (20, 20, 20), anchor="mm")
    return on("plain", 2500, 1600, img, scale=0.93, angle=0.5, tx=0.14, ty=0.0, col=(215, 210, 200), shadow=3)


# ------------------------------------------------------------------ 20 headteacher's award, faded print
def d20(N):
    W, H = 1400, 990
    doc = paper(W, H, (248, 246, 238))
    d = ImageDraw.Draw(doc)
    d.rectangle([30, 30, W - 30, H - 30], outline=(150, 150, 150), width=8)
    Tc(doc, W / 2, 80, "Gwobr y Pennaeth", F("lserifb", 76), (120, 120, 120))
    Tc(doc, W / 2, 180, "Headteacher's Award", F("lserifi", 52), (130, 130, 130))
    Tc(doc, W / 2, 330, "Llongyfarchiadau", F("lserif", 44), (130, 130, 130))
    Tc(doc, W / 2, 410, N[0], F("lserifbi", 96), (110, 110, 115))
    Tc(doc, W / 2, 560, "for being a kind friend to everyone", F("lserif", 42), (130, 130, 130))
    Tc(doc, W / 2, 620, "– caredig iawn –", F("lserifi", 40), (130, 130, 130))
    hand(doc, (880, 780), "H. Wyatt", F("lserifi", 56), (120, 120, 150), rot=10)
    T(doc, (880, 860), "Pennaeth / Headteacher", F("lserif", 28), (140, 140, 140))
    T(doc, (100, 860), "Cwm Gafenni Primary School", F("lserif", 28), (140, 140, 140))
    return on("plain", 1800, 1350, doc, scale=0.86, angle=-8, tx=0.0, ty=0.0, col=(225, 220, 205), shadow=10)


# ------------------------------------------------------------------ 21 eisteddfod results
def d21(N):
    W, H = 1754, 1240
    doc = paper(W, H, (255, 255, 255))
    d = ImageDraw.Draw(doc)
    T(doc, (70, 50), "Eisteddfod Cwm Gafenni 2026", F("serifcb", 64), (30, 100, 50))
    T(doc, (70, 135), "Canlyniadau / Results – Dydd Gŵyl Dewi", F("serif", 40), (60, 60, 60))
    heads = ["Cystadleuaeth", "1af", "2il", "Tŷ"]
    xs = [70, 620, 1080, 1450, 1690]
    y = 250
    d.rectangle([70, y, 1690, y + 70], fill=(220, 240, 220))
    for i, h in enumerate(heads):
        T(doc, (xs[i] + 14, y + 16), h, F("sansb", 34), (20, 20, 20))
    rows = [("Llefaru Bl. 5", N[0], "–", "Ysgyryd"),
            ("Unawd Bl. 6", N[1], N[2], "Blorens"),
            ("Dawnsio Gwerin", "Tylluan", "Gwennol", "–"),
            ("Celf: Y Ddraig", "Blorens", "Deri", "–"),
            ("Cân Actol", "Hebog", "Barcud", "–")]
    y += 70
    for r in rows:
        for i, cell in enumerate(r):
            T(doc, (xs[i] + 14, y + 25), cell, fit("sans", cell, xs[i + 1] - xs[i] - 24, 38), (20, 20, 20))
        d.line([(70, y + 100), (1690, y + 100)], fill=(150, 150, 150), width=2)
        y += 100
    for x in xs:
        d.line([(x, 250), (x, y)], fill=(150, 150, 150), width=2)
    T(doc, (70, y + 50), "Tŷ buddugol / Winning house:  BLORENS", F("sansb", 44), (200, 40, 40))
    scene = make_bg("cork", 2100, 1600)
    scene = warp_onto(scene, doc, quad(1050, 800, 1754 * 1.05, 1240 * 1.05, 1.5, -0.07, 0.03, 4), shadow=7)
    for x, y in ((210, 110), (1890, 115)):
        pin(scene, x, y, (230, 200, 30), 13)
    return scene


# ------------------------------------------------------------------ 22 worksheet with hand shadow
def d22(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 255, 252))
    d = ImageDraw.Draw(doc)
    T(doc, (80, 70), "Enw:", F("sans", 40), (30, 30, 30))
    d.line([(200, 118), (800, 118)], fill=(80, 80, 80), width=2)
    hand(doc, (215, 50), N[0], F("sansi", 58), (60, 60, 70), jitter=2.2, rot=8, thick=1)
    T(doc, (850, 70), "Bl. 2", F("sans", 40), (30, 30, 30))
    Tc(doc, W / 2, 190, "Y Tywydd  –  Ysgrifennu", F("sansb", 58), (20, 20, 20))
    d.rectangle([100, 300, W - 100, 950], outline=(40, 40, 40), width=3)
    d.rectangle([560, 620, 640, 900], fill=(120, 80, 40))
    d.ellipse([380, 360, 820, 700], fill=(60, 160, 60))
    for _ in range(14):
        x, y = rnd(200, 1040), rnd(380, 880)
        d.ellipse([x, y, x + 30, y + 18], fill=random.choice([(220, 120, 30), (200, 60, 30), (240, 190, 40)]))
    for k in range(4):
        d.arc([150 + k * 30, 420 + k * 50, 350 + k * 30, 470 + k * 50], 200, 340, fill=(120, 160, 220), width=5)
    ruled_lines(doc, 100, W - 100, 1060, 1650, 110, (150, 180, 220))
    hand(doc, (120, 1000), "Mae'r awel yn chwythu'r dail.", F("sansi", 56), (60, 60, 70), jitter=2, thick=1)
    hand(doc, (120, 1110), "Mae'n oer heddiw.", F("sansi", 56), (60, 60, 70), jitter=2, thick=1)
    scene = on("wood", 1800, 2200, doc, scale=0.9, angle=-4, tx=0.03, ty=0.1, base=(200, 170, 130), curl=0.12)
    # phone / hand shadow falling across the bottom corner
    import numpy as np
    from lib import from_arr
    a = np.asarray(scene, np.float32)
    yy, xx = np.mgrid[0:a.shape[0], 0:a.shape[1]]
    sh = np.exp(-(((xx - 1500) / 500.0) ** 2 + ((yy - 2150) / 650.0) ** 2))
    a *= (1 - 0.55 * sh)[..., None]
    return from_arr(a)


# ------------------------------------------------------------------ 23 water bottles
def d23(N):
    W, H = 2000, 1400
    img = make_bg("plain", W, H, col=(215, 210, 200))
    d = ImageDraw.Draw(img)
    d.rectangle([80, 1000, 1920, 1300], fill=(60, 110, 200))
    d.rectangle([80, 1000, 1920, 1040], fill=(40, 80, 160))
    sign = "Poteli Dŵr / Water bottles"
    d.rectangle([600, 1110, 1400, 1220], fill=(255, 255, 255))
    Tc(img, 1000, 1130, sign, F("sansb", 52), (20, 20, 20))
    cols = [(230, 70, 140), (60, 180, 200), (120, 200, 80), (250, 160, 40), (150, 100, 220), (240, 240, 245), (230, 60, 60)]
    labels = {1: N[0], 3: N[1], 5: N[2]}
    fonts = ["lsansb", "sansb", "condb"]
    k = 0
    for i in range(7):
        x = 170 + i * 250
        top = 300 + (i % 3) * 40
        col = cols[i]
        d.rounded_rectangle([x, top, x + 190, 1020], 40, fill=col, outline=tuple(int(c * 0.7) for c in col), width=4)
        d.rectangle([x + 55, top - 90, x + 135, top + 10], fill=(50, 50, 50))
        d.rectangle([x + 20, top + 80, x + 40, 980], fill=tuple(min(255, c + 60) for c in col))
        if i in labels:
            d.rectangle([x + 45, top + 160, x + 150, 900], fill=(255, 255, 255), outline=(150, 150, 150), width=2)
            name = labels[i]
            f = fit(fonts[k], name, 900 - top - 200, 74)
            rot_text(img, (x + 97, (top + 160 + 900) / 2), name, f, (20, 20, 20), 90)
            k += 1
    return on("plain", 2200, 1600, img, scale=0.95, angle=-3, tx=0.06, ty=-0.08, col=(180, 175, 165), shadow=0)


# ------------------------------------------------------------------ 24 blank certificates (negative)
def d24(N):
    W, H = 1400, 990

    def cert(tint):
        doc = paper(W, H, tint)
        d = ImageDraw.Draw(doc)
        d.rectangle([20, 20, W - 20, H - 20], outline=(200, 40, 60), width=14)
        star(doc, W / 2, 150, 80, (250, 200, 40))
        Tc(doc, W / 2, 260, "Seren yr Wythnos", F("sansb", 80), (200, 40, 60))
        Tc(doc, W / 2, 370, "Star of the Week", F("sans", 46), (100, 100, 100))
        T(doc, (140, 520), "Enw / Name: ..........................................................", F("sans", 38), (40, 40, 40))
        T(doc, (140, 620), "Dosbarth / Class: ..................................................", F("sans", 38), (40, 40, 40))
        T(doc, (140, 720), "Am / For: .............................................................", F("sans", 38), (40, 40, 40))
        T(doc, (140, 840), "Llofnod / Signed: .......................   Dyddiad: ...............", F("sans", 32), (40, 40, 40))
        return doc
    scene = make_bg("wood", 2100, 1600, base=(170, 125, 80))
    scene = warp_onto(scene, cert((255, 250, 235)), quad(1000, 820, 1400, 990, 9, 0.03, 0.1, 4), shadow=10)
    scene = warp_onto(scene, cert((255, 255, 250)), quad(1080, 760, 1400, 990, -5, 0.03, 0.1, 4), shadow=10)
    return scene


# ------------------------------------------------------------------ 25 summer fair poster (negative)
def d25(N):
    W, H = 1240, 1754
    doc = paper(W, H, (255, 248, 200))
    d = ImageDraw.Draw(doc)
    bunting(doc, 60, 0, W, 12, [(230, 60, 60), (60, 130, 230), (60, 170, 90), (250, 150, 40)], 70)
    sun(doc, 1020, 300, 80)
    Tc(doc, 520, 200, "Ffair Haf", F("sansb", 150), (220, 70, 30))
    Tc(doc, 520, 400, "Summer Fair", F("sansbi", 96), (40, 100, 180))
    Tc(doc, W / 2, 560, "Friends of Cwm Gafenni", F("sans", 50), (60, 60, 60))
    Tc(doc, W / 2, 680, "Sadwrn 27 Mehefin  •  Saturday 27 June", F("sansb", 48), (30, 30, 30))
    Tc(doc, W / 2, 750, "12 – 3pm on the school field", F("sans", 48), (30, 30, 30))
    items = ["Tombola", "Welsh cakes", "Face painting", "Hook-a-duck", "Raffle – big prizes!", "Teachers in the stocks?!"]
    y = 880
    for it in items:
        star(doc, 260, y + 30, 22, (240, 180, 30))
        T(doc, (310, y), it, F("sans", 54), (30, 30, 30))
        y += 100
    Tc(doc, W / 2, 1560, "Croeso i bawb – all welcome!", F("sansbi", 60), (200, 40, 90))
    scene = on("plain", 1900, 2200, doc, scale=0.86, angle=2, tx=-0.05, ty=0.08, col=(130, 130, 135), shadow=10)
    return scene


# ------------------------------------------------------------------ 26 TT rock stars
def d26(N):
    W, H = 1500, 1100
    doc = paper(W, H, (20, 20, 30), grain=6)
    d = ImageDraw.Draw(doc)
    for i in range(12):
        a = i * 30
        import math
        d.line([(W / 2, 560), (W / 2 + 1200 * math.cos(math.radians(a)), 560 + 1200 * math.sin(math.radians(a)))],
               fill=(50, 40, 80), width=40)
    Tc(doc, W / 2, 40, "TT ROCK STARS", F("sansb", 110), (250, 60, 150), stroke=4, stroke_fill=(255, 255, 255))
    Tc(doc, W / 2, 190, "Hebog – top 3 this week", F("sans", 50), (255, 255, 255))
    places = [("1", N[0], (250, 210, 40)), ("2", N[1], (200, 200, 210)), ("3", N[2], (210, 140, 80))]
    for i, (p, n, col) in enumerate(places):
        y = 330 + i * 230
        d.ellipse([200, y, 380, y + 180], fill=col)
        Tc(doc, 290, y + 40, p, F("sansb", 96), (30, 30, 30))
        T(doc, (440, y + 40), n, F("sansbi", 100), (255, 255, 255))
        star(doc, 1250, y + 90, 55, col)
    return on("cork", 2000, 1550, doc, scale=0.85, angle=-5, tx=0.0, ty=0.05, shadow=8)


# ------------------------------------------------------------------ 27 whiteboard birthday, steep angle
def d27(N):
    W, H = 2200, 1300
    img = make_bg("whiteboard", W, H)
    d = ImageDraw.Draw(img)
    hand(img, (100, 60), "Dydd Iau", F("sansi", 56), BLUE_MARKER, thick=1)
    hand(img, (100, 150), "Ysgrifennu: Y Ddraig Goch", F("sansi", 60), BLACK_MARKER, thick=1)
    hand(img, (100, 250), "Cofiwch: llythyren fawr + atalnod llawn.", F("sansi", 50), GREEN_MARKER, thick=1)
    text = f"Penblwydd Hapus {N[0]}!"
    hand(img, (120, 560), text, F("sansbi", 112), RED_MARKER, thick=3, jitter=3)
    hand(img, (380, 790), "8 heddiw", F("sansbi", 100), (200, 80, 160), thick=2, jitter=3)
    # cake
    d.rectangle([1350, 820, 1750, 1050], outline=(200, 80, 160), width=8)
    d.line([(1350, 910), (1750, 910)], fill=(200, 80, 160), width=6)
    for k in range(8):
        x = 1390 + k * 46
        d.line([(x, 820), (x, 730)], fill=BLUE_MARKER, width=7)
        d.ellipse([x - 10, 700, x + 10, 730], fill=(250, 160, 30))
    d.rectangle([0, 0, W - 1, H - 1], outline=(160, 160, 165), width=26)
    return on("plain", 2400, 1500, img, scale=0.95, angle=-1, tx=0.32, ty=0.02, col=(190, 200, 190), shadow=5)


# ------------------------------------------------------------------ 28 values display (negative)
def d28(N):
    W, H = 2200, 1400
    img = make_bg("backing", W, H, col=(120, 60, 140))
    scallop_border(img, (250, 200, 60), r=24)
    d = ImageDraw.Draw(img)
    Tc(img, W / 2, 70, "Ein Gwerthoedd  •  Our Values", F("serifb", 84), (255, 255, 255))
    vals = [("Hope", "Gobaith", (250, 200, 60)), ("Kindness", "Caredigrwydd", (120, 200, 240)),
            ("Respect", "Parch", (140, 220, 140)), ("Courage", "Dewrder", (250, 140, 110)),
            ("Joy", "Llawenydd", (250, 170, 220)), ("Honesty", "Gonestrwydd", (200, 200, 255))]
    for i, (en, cy, col) in enumerate(vals):
        r, c = divmod(i, 3)
        x0 = 170 + c * 640
        y0 = 260 + r * 480
        d.rounded_rectangle([x0, y0, x0 + 580, y0 + 400], 40, fill=col)
        Tc(img, x0 + 290, y0 + 90, en, F("serifb", 90), (40, 30, 60))
        Tc(img, x0 + 290, y0 + 230, cy, fit("serifi", cy, 540, 66), (60, 50, 80))
    d.rectangle([600, 1250, 1600, 1350], fill=(255, 255, 255))
    Tc(img, 1100, 1265, "Summer term focus: HOPE", F("sansb", 56), (120, 60, 140))
    return on("plain", 2400, 1650, img, scale=0.92, angle=3, tx=-0.15, ty=0.05, col=(225, 220, 210), shadow=4)


# ------------------------------------------------------------------ 29 flipchart sports day
def d29(N):
    W, H = 1200, 1600
    doc = paper(W, H, (252, 252, 250))
    d = ImageDraw.Draw(doc)
    hand_c(doc, W / 2, 60, "Mabolgampau", F("sansbi", 100), GREEN_MARKER, thick=2)
    hand_c(doc, W / 2, 210, "Ras Wy ar Lwy / Egg & Spoon", F("sansi", 60), BLACK_MARKER, thick=1)
    hand_c(doc, W / 2, 300, "Bl. 5 a 6", F("sansi", 60), BLACK_MARKER, thick=1)
    ords = [("1af", (230, 180, 20)), ("2il", (150, 150, 160)), ("3ydd", (190, 110, 50))]
    for i, n in enumerate(N):
        y = 480 + i * 260
        d.ellipse([100, y, 300, y + 200], outline=ords[i][1], width=12)
        hand(doc, (135, y + 60), ords[i][0], F("sansbi", 70), ords[i][1], thick=2)
        hand(doc, (350, y + 50), n, fit("sansbi", n, 780, 96), BLUE_MARKER, thick=2, jitter=2.5)
    hand(doc, (100, 1330), "Pwyntiau: Deri +10, Blorens +6", F("sansi", 52), RED_MARKER, thick=1)
    bg = make_bg("plain", 1900, 2300, col=(90, 150, 70), mottle=40)
    d2 = ImageDraw.Draw(bg)
    d2.rectangle([0, 0, 1900, 700], fill=(170, 200, 235))
    d2.line([(950, 150), (950, 2300)], fill=(60, 60, 65), width=24)
    d2.line([(700, 1500), (420, 2300)], fill=(60, 60, 65), width=20)
    d2.line([(1200, 1500), (1480, 2300)], fill=(60, 60, 65), width=20)
    c = quad(950, 1120, 1200 * 1.3, 1600 * 1.3, 2, 0.05, 0.06, 6)
    scene = warp_onto(bg, doc, c, shadow=0)
    ImageDraw.Draw(scene).rectangle([140, 80, 1760, 150], fill=(60, 60, 65))
    return scene


# ------------------------------------------------------------------ 30 reading corner (negative)
def d30(N):
    W, H = 2200, 1600
    img = make_bg("carpet", W, H, col=(160, 60, 60))
    d = ImageDraw.Draw(img)
    d.ellipse([1400, 700, 2400, 1800], fill=(60, 140, 200))
    d.rectangle([380, 40, 1820, 200], fill=(255, 250, 230))
    Tc(img, 1100, 70, "Cornel Ddarllen  –  Reading Corner", fit("sansb", "Cornel Ddarllen  –  Reading Corner", 1380, 66), (160, 60, 60))
    books = [("Sky Song", "Abi Elphinstone", (30, 50, 110), (255, 255, 255), "snow"),
             ("Ruby Redfort: Look Into My Eyes", "Lauren Child", (230, 50, 60), (255, 255, 255), None),
             ("Jack and the Beanstalk", "", (90, 170, 80), (255, 255, 230), "tree"),
             ("Rowan of Rin", "Emily Rodda", (200, 150, 60), (40, 30, 20), "star"),
             ("The Worst Witch", "Jill Murphy", (40, 40, 40), (240, 240, 240), "moon")]
    spots = [(330, 520, -12), (850, 560, 6), (1380, 500, -4), (600, 1100, 14), (1200, 1120, -18)]
    for (t, a, bgc, fg, deco), (cx, cy, ang) in zip(books, spots):
        bw, bh = 380, 500
        cover = Image.new("RGB", (bw + 12, bh + 12), (0, 0, 0))
        book_cover(cover, (0, 0, bw, bh), t, a, bgc, fg, "sansb", deco)
        cover = cover.crop((0, 0, bw, bh))
        img = warp_onto(img, cover, quad(cx, cy, bw, bh, ang, 0, 0, 2), shadow=10)
    return on("plain", 2300, 1700, img, scale=1.0, angle=0, tx=0.0, ty=0.12, off=(0, 60), col=(120, 50, 50), shadow=0)


# ------------------------------------------------------------------ specs
# camera kwargs: out_w, light, glare, cast, contrast, bright, blur, motion, noise, jpeg, vignette, sat
SPECS = [
    dict(file="images/IMG_4102.png", draw=d01, names=[("Haf", "Llewellyn", "Haf Llewellyn")],
         cam=dict(out_w=1400, light=(30, 0.25), cast=(1.05, 1.0, 0.88), blur=0.8, noise=4, jpeg=70, vignette=0.3)),
    dict(file="images/IMG_4107.png", draw=d02, names=[("Hope", "Baker", "Hope"), ("Rhys", "Probert", "Rhys"),
                                                      ("Eira", "Harries", "Eira"), ("Leo", "Walsh", "Leo"),
                                                      ("Maja", "Nowak", "Maja"), ("Osian", "Lloyd", "Osian")],
         cam=dict(out_w=1500, light=(0, 0.3), blur=1.0, noise=6, jpeg=65)),
    dict(file="images/IMG_4111.png", draw=d03, names=[("Isla", "Protheroe", "Isla P."), ("Jack", "Beavan", "Jack B."),
                                                      ("Seren", "Maddocks", "Seren M."), ("Kacper", "Zieliński", "Kacper Z.")],
         cam=dict(out_w=1200, light=(90, 0.35), cast=(0.95, 1.0, 1.08), blur=1.3, noise=7, jpeg=60)),
    dict(file="images/IMG_4118.png", draw=d04, names=[("William", "Griffiths", "Will"), ("Summer", "Rees", "Summer"),
                                                      ("Cadi", "Vaughan", "Cadi"), ("Sky", "Mahoney", "Sky"),
                                                      ("Noah", "Jones", "Noah")],
         cam=dict(out_w=1600, glare=(0.62, 0.35, 0.35, 0.75), light=(180, 0.2), blur=1.1, noise=5, jpeg=70)),
    dict(file="images/IMG_4120.png", draw=d05, names=[("Rowan", "Clarke", "Rowan Clarke")],
         cam=dict(out_w=1100, contrast=0.75, bright=0.9, light=(45, 0.3), blur=1.0, noise=8, jpeg=55, cast=(1.05, 1.0, 0.9))),
    dict(file="images/IMG_4133.png", draw=d06, names=[("Autumn", "Sayce", "Autumn"), ("Lowri", "Jenkins", "Lowri"),
                                                      ("Jacob", "Pugh", "Jake")],
         cam=dict(out_w=1600, glare=(0.3, 0.2, 0.3, 0.6), blur=0.9, noise=5, jpeg=72)),
    dict(file="images/IMG_4136.png", draw=d07, names=[("Zain", "Hussain", "Zain"), ("Ivy", "Morgan", "Ivy"),
                                                      ("Tomos", "Jenkins", "Twm"), ("Amelia", "Gwatkin", "Millie"),
                                                      ("Seren", "Watkins", "Seren W.")],
         cam=dict(out_w=1500, light=(120, 0.25), blur=1.2, noise=6, jpeg=68, sat=0.85)),
    dict(file="images/IMG_4140.png", draw=d08, names=[("Gethin", "Parry", "Gethin")],
         cam=dict(out_w=1300, light=(200, 0.3), blur=1.0, noise=6, jpeg=62, cast=(1.08, 1.0, 0.85))),
    dict(file="images/IMG_4152.png", draw=d09, names=[("Harri", "Bevan", "Harri"), ("Arthur", "Williams", "Arthur"),
                                                      ("Dafydd", "Rowlands", "Deio"), ("Reuben", "Lewis", "Reuben"),
                                                      ("Megan", "Powell", "Meg"), ("Tegan", "Morgan", "Tegan")],
         cam=dict(out_w=1000, glare=(0.55, 0.45, 0.3, 0.55), blur=1.4, noise=6, jpeg=60)),
    dict(file="images/IMG_4155.png", draw=d10, names=[],
         cam=dict(out_w=1400, light=(10, 0.3), blur=0.9, noise=6, jpeg=70, cast=(1.05, 1.0, 0.92))),
    dict(file="images/IMG_4161.png", draw=d11, names=[],
         cam=dict(out_w=1200, blur=1.0, noise=5, jpeg=70, glare=(0.7, 0.3, 0.25, 0.5))),
    dict(file="images/IMG_4163.png", draw=d12, names=[],
         cam=dict(out_w=950, light=(60, 0.3), blur=1.1, noise=6, jpeg=60)),
    dict(file="images/IMG_4170.png", draw=d13, names=[],
         cam=dict(out_w=1300, glare=(0.45, 0.55, 0.3, 0.6), blur=1.0, noise=5, jpeg=66)),
    dict(file="images/IMG_4178.png", draw=d14, names=[],
         cam=dict(out_w=1600, light=(0, 0.25), blur=1.0, noise=6, jpeg=70)),
    dict(file="images/IMG_4181.png", draw=d15, names=[],
         cam=dict(out_w=1000, contrast=0.85, light=(270, 0.3), blur=0.8, noise=7, jpeg=60)),
    dict(file="images/IMG_4190.png", draw=d16, names=[],
         cam=dict(out_w=1300, bright=0.85, blur=1.2, noise=9, jpeg=60)),
    dict(file="images/IMG_4192.png", draw=d17, names=[("Sky", "Mahoney", "SKY MAHONEY")],
         cam=dict(out_w=1100, motion=7, blur=0.6, noise=5, jpeg=65, cast=(1.0, 1.0, 1.08))),
    dict(file="images/IMG_4196.png", draw=d18, names=[("Ruby", "Sheppard", "Ruby"), ("Alfie", "Bowen", "Alfie"),
                                                      ("Poppy", "Cadwallader", "Poppy")],
         cam=dict(out_w=1300, light=(300, 0.25), blur=0.9, noise=5, jpeg=70)),
    dict(file="images/IMG_4201.png", draw=d19, names=[("Mali", "Rosser", "Mali R."), ("Ethan", "Boswell", "Ethan B."),
                                                      ("Freya", "Cole", "Freya")],
         cam=dict(out_w=1600, light=(180, 0.35), blur=1.3, noise=7, jpeg=62)),
    dict(file="images/IMG_4207.png", draw=d20, names=[("Grace", "Whittaker", "Grace Whittaker")],
         cam=dict(out_w=1150, contrast=0.6, bright=1.05, blur=1.2, noise=10, jpeg=50, sat=0.6)),
    dict(file="images/IMG_4210.png", draw=d21, names=[("Elinor", "Jones", "Nel Jones"), ("Carys", "Meredith", "Carys Meredith"),
                                                      ("Gwen", "Roberts", "Gwen Roberts")],
         cam=dict(out_w=1400, light=(90, 0.3), blur=1.3, noise=6, jpeg=62)),
    dict(file="images/IMG_4215.png", draw=d22, names=[("Awel", "Beddoe", "Awel Beddoe")],
         cam=dict(out_w=950, cast=(1.06, 1.0, 0.86), blur=1.0, noise=7, jpeg=60)),
    dict(file="images/IMG_4219.png", draw=d23, names=[("Harry", "Stephens", "Harry S"), ("Lily-Mae", "Davies", "Lily-Mae"),
                                                      ("Jac", "Morris", "Jac")],
         cam=dict(out_w=1300, light=(340, 0.3), blur=1.0, noise=7, jpeg=65)),
    dict(file="images/IMG_4224.png", draw=d24, names=[],
         cam=dict(out_w=1200, light=(20, 0.25), blur=0.9, noise=5, jpeg=70)),
    dict(file="images/IMG_4230.png", draw=d25, names=[],
         cam=dict(out_w=900, blur=1.0, noise=8, jpeg=58)),
    dict(file="images/IMG_4233.png", draw=d26, names=[("Isla", "Protheroe", "Isla"), ("Kacper", "Zieliński", "Kacper"),
                                                      ("Daisy", "Harris", "Daisy")],
         cam=dict(out_w=1250, glare=(0.6, 0.4, 0.28, 0.5), blur=1.1, noise=6, jpeg=66)),
    dict(file="images/IMG_4240.png", draw=d27, names=[("Rowan", "Clarke", "Rowan")],
         cam=dict(out_w=1500, contrast=0.8, glare=(0.25, 0.4, 0.35, 0.55), blur=1.3, noise=6, jpeg=62)),
    dict(file="images/IMG_4245.png", draw=d28, names=[],
         cam=dict(out_w=1500, light=(0, 0.25), blur=1.0, noise=6, jpeg=68)),
    dict(file="images/IMG_4251.png", draw=d29, names=[("Tyler", "Hale", "Tyler Hale"), ("Brooke", "Tanner", "Brooke Tanner"),
                                                      ("Lewis", "Gwynne", "Lewis Gwynne")],
         cam=dict(out_w=1000, bright=1.08, contrast=0.9, blur=1.0, noise=6, jpeg=65, glare=(0.55, 0.3, 0.4, 0.35))),
    dict(file="images/IMG_4258.png", draw=d30, names=[],
         cam=dict(out_w=1350, light=(250, 0.3), blur=1.1, noise=7, jpeg=64)),
]
