"""Held-out picture set for pupil names in photos: ``python bench/heldout_images.py [--round-2]``.

Draws certificates, coat-peg labels, worksheets, displays and posters with Pillow (DejaVu fonts,
Welsh and English text), for the invented roster of :mod:`safepost.engine.functional_heldout`:
word-names that are children on a certificate, the same words used as words on a display.
Writes them to ``evaluation/dev-images/names-addr/`` (with ``images.jsonl``, the names each
picture shows) and scores pupil-name findings with the public bench's rule: a predicted name
matches a gold one when one folded text contains the other. Not a sealed set: written by the
developer who changed the detectors, before changing them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safepost.engine import load_policy
from safepost.engine.functional_heldout import school, school_2
from safepost.engine.images import scan_image_for_bench
from safepost.engine.school import SchoolContext
from safepost.engine.textnorm import fold

OUT = Path(__file__).resolve().parents[1] / "evaluation" / "dev-images" / "names-addr"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

#: (file, lines of (text, size, bold), gold names shown in the picture)
PICTURES: tuple[tuple[str, tuple[tuple[str, int, bool], ...], tuple[str, ...]], ...] = (
    ("cert_en_1.png", (("Certificate of Achievement", 40, True), ("Awarded to", 28, False),
                         ("Summer TeuluI", 48, True), ("for outstanding effort in maths", 26, False),
                         ("Mrs G Hughes", 24, False)), ("Summer TeuluI",)),
    ("cert_cy_1.png", (("Tystysgrif", 44, True), ("Seren yr Wythnos", 34, False), ("Gwawr", 52, True),
                              ("am fod yn garedig bob amser", 26, False)), ("Gwawr",)),
    ("coat_pegs.png", (("Joy", 40, True), ("Osian", 40, True), ("May", 40, True), ("Tirion", 40, True),
                       ("Skye", 40, True), ("Zofia", 40, True)), ("Joy", "Osian", "May", "Tirion", "Skye", "Zofia")),
    ("worksheet_1.png", (("Name: Rose", 30, False), ("Date: 3 May", 30, False),
                            ("Fractions: colour in one half", 28, False)), ("Rose",)),
    ("display_cy_words.png", (("Enfys o liwiau", 44, True), ("Gwawr newydd i'r ardd", 36, False),
                              ("Awen y beirdd ifanc", 36, False)), ()),
    ("poster_fair_1.png", (("Summer Fair", 52, True), ("Saturday 14 June, 12 till 3", 30, False),
                                ("Hope to see you there!", 30, False), ("May Day dancing at 2pm", 30, False)), ()),
    ("book_cover_1.png", (("Willow and the Wishing Well", 40, True), ("a story by Year 3", 28, False)), ()),
    ("birthday_board.png", (("Pen-blwydd Hapus!", 44, True), ("Briallen 12 Mawrth", 32, False),
                            ("Celyn 3 Ebrill", 32, False), ("Leo 20 Ebrill", 32, False)), ("Briallen", "Celyn", "Leo")),
    ("reading_champions.png", (("Reading Champions", 44, True), ("Faith", 34, False), ("Autumn", 34, False),
                               ("Dylan", 34, False), ("Ffion", 34, False)), ("Faith", "Autumn", "Dylan", "Ffion")),
    ("weather_cy.png", (("Tywydd heddiw", 40, True), ("Tywydd tirion a heulog", 32, False),
                        ("Enfys ar ôl y glaw", 32, False)), ()),
    ("class_sign.png", (("Willow Class", 48, True), ("Year 3", 34, False)), ()),
    ("pet_label_1.png", (("Class hamster", 36, False), ("Bonnie", 44, True),
                           ("Please do not feed after 3pm", 26, False)), ()),
    ("cert_cy_2.png", (("Llongyfarchiadau", 42, True), ("Will TeuluZ", 46, True),
                          ("Disgybl yr Wythnos", 30, False)), ("Will TeuluZ",)),
    ("harvest_words.png", (("Harvest Festival", 44, True), ("joy and thanks", 32, False),
                           ("faith, hope and love", 32, False)), ()),
)


#: Round 2, drawn after the detector changes and scored once, for ``school_2``'s roster.
PICTURES_2: tuple[tuple[str, tuple[tuple[str, int, bool], ...], tuple[str, ...]], ...] = (
    ("r2_cert_en.png", (("Headteacher's Award", 40, True), ("presented to", 26, False), ("Harmony EnwG", 46, True),
                        ("for kindness on the playground", 26, False)), ("Harmony EnwG",)),
    ("r2_cert_cy.png", (("Gwobr y Pennaeth", 40, True), ("Llongyfarchiadau", 30, False), ("Llinos", 50, True),
                        ("am ddarllen yn wych", 26, False)), ("Llinos",)),
    ("r2_pegs.png", (("Afon", 40, True), ("Dawn", 40, True), ("Kacper", 40, True), ("Hedd", 40, True),
                     ("Sunny", 40, True)), ("Afon", "Dawn", "Kacper", "Hedd", "Sunny")),
    ("r2_display_cy.png", (("Cariad at natur", 44, True), ("Alaw'r adar yn y bore", 32, False),
                           ("Afon Teifi", 32, False)), ()),
    ("r2_poster_en.png", (("Harmony Week", 48, True), ("Dawn chorus walk, Saturday 5am", 28, False),
                          ("Sunny spells forecast!", 28, False)), ()),
    ("r2_worksheet.png", (("Enw: Gwennol", 30, False), ("Dyddiad: 4 Mai", 30, False),
                          ("Lluosi: atebwch bob cwestiwn", 28, False)), ("Gwennol",)),
    ("r2_class_door.png", (("Dosbarth Afon", 48, True), ("Blwyddyn 2", 34, False)), ()),
    ("r2_champions.png", (("Writers of the Week", 42, True), ("Mercy", 34, False), ("Leo", 34, False),
                          ("Patience", 34, False)), ("Mercy", "Leo", "Patience")),
    ("r2_blossom.png", (("Spring walk", 42, True), ("Blossom on the cherry trees", 30, False),
                        ("Hunter gatherers topic", 30, False)), ()),
)


def draw(lines: tuple[tuple[str, int, bool], ...]) -> Image.Image:
    height = 80 + sum(int(size * 1.9) for _, size, _ in lines)
    im = Image.new("RGB", (900, height), (252, 250, 240))
    d = ImageDraw.Draw(im)
    d.rectangle([10, 10, 889, height - 11], outline=(40, 70, 140), width=4)
    y = 40
    for text, size, bold in lines:
        font = ImageFont.truetype(BOLD if bold else FONT, size)
        width = d.textlength(text, font=font)
        d.text(((900 - width) / 2, y), text, fill=(20, 20, 30), font=font)
        y += int(size * 1.9)
    return im


def write(out: Path = OUT, pictures: tuple[tuple[str, tuple[tuple[str, int, bool], ...], tuple[str, ...]], ...] = PICTURES) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for file, lines, names in pictures:
        draw(lines).save(out / file)
        rows.append({"file": file, "pupil_names": [{"text": n} for n in names]})
    (out / "images.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _match(a: str, b: str) -> bool:
    fa, fb = fold(a).text.strip(), fold(b).text.strip()
    return bool(fa and fb) and (fa in fb or fb in fa)


def score(out: Path = OUT, on: SchoolContext | None = None) -> tuple[int, int, int]:
    policy = load_policy("default")
    on = on or school()
    tp = fp = fn = 0
    for line in (out / "images.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold = [g["text"] for g in row["pupil_names"]]
        found = scan_image_for_bench(out / row["file"], row["file"], on, policy)["findings"]
        pred = [f["text"] for f in found if f["rule"] == "pupil-name"]
        unmatched = list(gold)
        for p in pred:
            hit = next((g for g in unmatched if _match(p, g)), None)
            if hit is None:
                fp += 1
                print(f"FP {row['file']}: {p!r}")
            else:
                unmatched.remove(hit)
                tp += 1
        fn += len(unmatched)
        for g in unmatched:
            print(f"FN {row['file']}: {g!r}")
    return tp, fp, fn


def main() -> int:
    second = "--round-2" in sys.argv
    out = OUT.parent / "names-addr-round2" if second else OUT
    if "--no-write" not in sys.argv:
        write(out, PICTURES_2 if second else PICTURES)
    tp, fp, fn = score(out, school_2() if second else school())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"image names: P {p:.3f} R {r:.3f} (tp {tp}, fp {fp}, fn {fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
