"""St Teilo's picture set: 20 Pillow-drawn pictures with a different look, scored once.

Written after the changes prompted by ``../bryn-tawel`` and scored once, before any change it
could prompt. An invented Church in Wales primary: display boards (a title over a grid of
cards, as on a classroom wall), side-by-side certificates, sideways and noisy photos; about a
third in Welsh. Hard negatives: a class named after Dylan Thomas while a pupil is a Dylan,
staff who share pupils' first names (Holly, George, Cerys), famous scientists, book titles and
word-names as words. Run ``python evaluation/dev-images/st-teilo/build.py`` then
``python bench/quality.py --kind images --bench evaluation/dev-images/st-teilo --rule pupil-name``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder
sys.path.insert(0, str(HERE.parents[2] / "bench"))  # for drawn_images

from drawn_images import Board, Picture, draw_set, row  # noqa: E402

from evaluation import builder  # noqa: E402

SCHOOL = """# St Teilo's: an invented Church in Wales primary, a second development set for names in pictures.
name = "St Teilo's Church in Wales Primary School"
name_cy = "Ysgol Gynradd yr Eglwys yng Nghymru Sant Teilo"
policy = "default"
nation = "wales"
address = "Heol yr Eglwys, Llandeilo SA19 6AB"
local_authority = "Carmarthenshire County Council"
web_domains = ["stteilos.sch.uk"]
email_domains = ["stteilos.sch.uk"]
emails = ["admin@stteilos.sch.uk"]
phones = ["01558 820 330"]
allowed_link_domains = ["stteilos.sch.uk", "hwb.gov.wales", "gov.wales", "gov.uk"]
platforms = ["facebook"]
"""

PUPILS = """
George Ellwood; Ivy Morgan; Isaac Bevan; Florence Adebayo; Charlie Lane; Oscar Lane; Ruby Hale;
Harry Prosser; Maisie Jenkins; Noah Bevan; Daniel Price-Owen; Grace Kimber; Faith Rowe; Hope Rowe;
Rhiannon Pike; Cerys Morris; Dylan Rees; Gwen Morris; Elin Thomas; Ioan Griffiths; Haf Lewis;
Poppy Sherwood; Holly Barton; Alys Powell; Tegan Hughes; Kai Pritchard; Zara Ahmed; Yusuf Ali;
Amelia Crowther; Jack Dando; Lily Parfitt; Evan Bowditch; Megan Coles; Osian Howells; Nel Rowlands;
Joseph Mensah; Summer Wilde; Autumn Hale; Mia Kowalczyk; Leo Dunn
"""
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = {"Reception": "Derwen", "Year 1": "Onnen", "Year 2": "Dylan", "Year 3": "Gwenallt",
           "Year 4": "Teilo", "Year 5": "Tywi", "Year 6": "Cothi"}
STAFF = [
    ("ST01", "Mrs", "Holly", "Price", "Headteacher"),
    ("ST02", "Mr", "George", "Ellis", "Deputy Headteacher"),
    ("ST03", "Miss", "Cerys", "Vaughan", "Class Teacher"),
    ("ST04", "Mrs", "Ruby", "Tanner", "Cook"),
    ("ST05", "Mr", "Gareth", "Lloyd", "Class Teacher"),
    ("ST06", "Mrs", "Angharad", "Wyn", "Teaching Assistant"),
]


B = Board
BOARDS: tuple[Board, ...] = (
    B("councillors.png", "School Council 2026",
      (("George E.", "Year 6 - chair"), ("Ivy M.", "Year 5 - secretary"), ("Mr Ellis", "staff link"),
       ("Every class", "ideas box")), ("George E.", "Ivy M."), cols=2),
    B("book_week.png", "Book Week Favourites",
      (("George's Marvellous Medicine", "read by Year 4"), ("The Twits", "Year 3"),
       ("Charlie and the", "Chocolate Factory"), ("Where's Wally?", "Year 1")), (), cols=2, angle=3),
    B("scientists.png", "Famous Scientists",
      (("Isaac Newton", "gravity"), ("Marie Curie", "radium"), ("Florence Nightingale", "nursing"),
       ("Charles Darwin", "evolution")), (), cols=2, wall=(90, 40, 60)),
    B("penblwydd_mehefin.png", "Pen-blwydd Hapus - Mehefin",
      (("Cerys", "2 Mehefin"), ("Noah", "14 Mehefin"), ("Gwen", "21 Mehefin")), ("Cerys", "Noah", "Gwen")),
    B("helpwyr.png", "Ein Helpwyr yr Wythnos",
      (("Arweinydd y llinell", "Dylan"), ("Monitor ffrwythau", "Faith"), ("Llyfrgell", "Elin a Ioan")),
      ("Dylan", "Faith", "Elin", "Ioan"), noise=12),
    B("tymhorau.png", "Y Tymhorau",
      (("Gwanwyn", "blodau ac wyn bach"), ("Haf", "haul a thraeth"), ("Hydref", "dail yn cwympo"),
       ("Gaeaf", "eira a rhew")), (), cols=2),
    B("meet_the_team.png", "Meet the Team",
      (("Mrs Holly Price", "Headteacher"), ("Mr George Ellis", "Year 6"), ("Miss Cerys Vaughan", "Year 2"),
       ("Mrs Ruby Tanner", "Cook")), (), cols=2, wall=(40, 90, 50)),
    B("art_labels.png", "Autumn Art",
      (("Autumn leaves", "Harry, Y3"), ("Self portrait", "Rhiannon, Y4"), ("Hedgehog", "Kai, Y1")),
      ("Harry", "Rhiannon", "Kai"), angle=-4, noise=10),
    B("tray_sideways.png", "Hambwrdd",
      (("Daniel", "Blwyddyn 5"), ("Alys", "Blwyddyn 5")), ("Daniel", "Alys"), cols=2, turn=1),
    B("harvest.png", "Harvest Festival",
      (("Faith, Hope and Charity", "our values"), ("Thank you", "for the tins"), ("Grace", "said by all")),
      (), cols=3),
)

P = Picture
PICTURES: tuple[Picture, ...] = (
    P("swim_cert.png", (row("Swimming Award  -  10 metres", size=34, face="serif-bold"),
                        row("Rhiannon Pike", size=48, face="lib-serif-bi", colour=(30, 60, 150)),
                        row("Holly", size=24, face="sans-oblique"),
                        row("Price", size=24, face="sans-oblique")),
      ("Rhiannon Pike",), paper=(240, 250, 255)),
    P("cert_split_name.png", (row("Star of the Week", size=42, face="lib-bold"),
                              row("Maisie", size=56, face="serif-bold"),
                              row("Jenkins", size=40, face="serif-bold"),
                              row("Miss Cerys Vaughan", size=22)),
      ("Maisie Jenkins",), angle=-10, background=(70, 70, 80)),
    P("gwobr_gwen.png", (row("Gwobr Seren", size=44, face="sans-bold"),
                         row("i", size=26),
                         row("Gwen Morris", size=50, face="lib-serif-bi"),
                         row("am ei charedigrwydd", size=26)),
      ("Gwen Morris",), angle=12, noise=20),
    P("dosbarth_dylan.png", (row("Dosbarth Dylan", size=52, face="serif-bold"),
                             row("Blwyddyn 2", size=32),
                             row("Athrawes: Miss Vaughan", size=26)),
      ()),
    P("sports_results.png", (row("Mabolgampau - Sports Day", size=38, face="sans-bold"),
                             row("1st  Oscar Lane   12.3s", size=28, face="mono", align="left"),
                             row("2nd  Zara Ahmed   12.9s", size=28, face="mono", align="left"),
                             row("3rd  Yusuf Ali    13.4s", size=28, face="mono", align="left")),
      ("Oscar Lane", "Zara Ahmed", "Yusuf Ali"), border=None),
    P("reading_stars.png", (row("Reading stars this week: Elin, Ioan and Maisie", size=26, face="lib-sans"),),
      ("Elin", "Ioan", "Maisie"), width=760, blur=0.9),
    P("worksheet_noah.png", (row("Name: Noah Bevan         Date: 4/3/26", size=24, face="sans-oblique", align="left"),
                             row("Write three sentences about the seaside.", size=24, align="left")),
      ("Noah Bevan",), border=None, paper=(255, 255, 255)),
    P("poppy_poster.png", (row("Poppy Appeal 2026", size=48, face="lib-bold", colour=(170, 20, 30)),
                           row("Summer Fair raised £420", size=30),
                           row("Autumn term dates on the website", size=26)),
      ()),
    P("menu_cawl.png", (row("Bwydlen yr Wythnos", size=40, face="sans-bold"),
                        row("Dydd Llun: cawl a bara brith", size=28, align="left"),
                        row("Dydd Gwener: pysgod a sglodion", size=28, align="left")),
      ()),
    P("pegs_row.png", (row("Ruby", "Harry", "Maisie", "Oscar", "Ioan", "Elin", size=30, face="narrow-bold"),),
      ("Ruby", "Harry", "Maisie", "Oscar", "Ioan", "Elin"), width=1000, boxed_cells=True, noise=14),
)


def main() -> int:
    pupils = builder.pupils_from_full_names(PUPILS, "ST", 200, YEARS, CLASSES)
    builder.write_school(HERE, pupils, STAFF, SCHOOL)
    builder.write_jsonl(HERE / "images.jsonl", draw_set(HERE, PICTURES, BOARDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
