"""Ysgol Nant yr Hebog's picture set: 36 Pillow-drawn pictures in looks the other sets lack.

Written after the changes prompted by ``../bryn-tawel`` and ``../st-teilo`` and scored once,
before any change it could prompt. An invented bilingual primary: certificates photographed at
an angle (a perspective warp), handwriting-like names (letters drawn one by one, each turned and
resized), coloured and low-contrast cards, grids of drawer and peg labels, class lists on a
whiteboard, worksheets with "Name: ____" filled in by hand, birthday charts by month, reading
records, bilingual certificates (Tystysgrif / Certificate). The roster mixes Welsh, English and
other names, with word-names (Alaw, Enfys, Awel, Hedd, Honey, Jade, Amber, Joy, Rowan, Will,
Sage) and place-names (Paris, India, Jordan, Florence, Victoria, Sydney). Hard negatives: staff
who share pupils' first names, with titles; famous people; book titles; places; the words as
words. Run ``python evaluation/dev-images/nant-yr-hebog/build.py`` then
``python bench/quality.py --kind images --bench evaluation/dev-images/nant-yr-hebog --rule pupil-name``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder
sys.path.insert(0, str(HERE.parents[2] / "bench"))  # for drawn_images

from drawn_images import Board, Picture, draw_set, row  # noqa: E402

from evaluation import builder  # noqa: E402

SCHOOL = """# Ysgol Nant yr Hebog: an invented bilingual primary, a third development set for names in pictures.
name = "Nant yr Hebog Primary School"
name_cy = "Ysgol Gynradd Nant yr Hebog"
policy = "default"
nation = "wales"
address = "Lôn y Felin, Llanfair Hebog, Caernarfon LL54 9ZQ"
local_authority = "Gwynedd Council"
web_domains = ["nantyrhebog.sch.uk"]
email_domains = ["nantyrhebog.sch.uk"]
emails = ["swyddfa@nantyrhebog.sch.uk"]
phones = ["01286 880 417"]
allowed_link_domains = ["nantyrhebog.sch.uk", "hwb.gov.wales", "gov.wales", "gov.uk"]
platforms = ["facebook", "instagram"]
"""

PUPILS = """
Alaw Griffiths; Enfys Parry; Honey Mills; Priya Sharma; Oluwaseun Adeyemi; Jade Cartwright; Gwion Bowen;
Mared Hughes; Tomasz Wiśniewski; Amber Lewis; Fatima Rahman; Rowan Ellis; Lleucu Jones; Hamza Iqbal;
Joy Okafor; Elan Rhys; Chen Wei; Nanw Dafis; Guto Prydderch; Paris Bennett; India Walsh; Awel Morgan;
Hedd Williams; Begw Roberts; Mia Kaczmarek; Dafydd Rees; Aleksandra Nowak; Tirion Evans; Carys Evans;
Mohammed Khan; Will Sutton; Nikola Petrov; Sage Robinson; Heledd Pugh; Amara Okoye; Jordan Price;
Manon Jenkins; Eben Thomas; Llio Morgan; Matilda Evans; Owain Hopkins; Florence Ward; Victoria Hale;
Sydney Clarke; Gruff Parri; Anest Llwyd; Ffion Harries
"""
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = {"Reception": "Dryw", "Year 1": "Robin", "Year 2": "Alarch", "Year 3": "Hebog",
           "Year 4": "Tylluan", "Year 5": "Barcud", "Year 6": "Eryr"}
STAFF = [
    ("NH01", "Mrs", "Amber", "Lloyd", "Headteacher"),
    ("NH02", "Mr", "Rowan", "Pike", "Deputy Headteacher"),
    ("NH03", "Miss", "Alaw", "Jones", "Class Teacher"),
    ("NH04", "Mr", "Dewi", "Price", "Caretaker"),
    ("NH05", "Mrs", "Joy", "Bevan", "Teaching Assistant"),
    ("NH06", "Mr", "Hedd", "Gwynfor", "Class Teacher"),
]


INK = (25, 25, 35)
RED = (160, 30, 40)
BLUE = (30, 50, 140)
GREEN = (30, 100, 50)
MARKER_BLUE = (20, 60, 170)
MARKER_RED = (190, 30, 30)
WHITEBOARD = dict(paper=(246, 248, 250), border=(150, 150, 160))

B = Board
BOARDS: tuple[Board, ...] = (
    B("birthdays_jan_jun.png", "Birthdays / Penblwyddi",
      (("January", "Amber - 3rd", "Guto - 19th"), ("February", "Chen - 8th"), ("March", "Paris - 14th", "Llio - 30th"),
       ("April", "Hamza - 2nd"), ("May", "Tirion - 21st", "Will - 25th"), ("June", "Joy - 11th")),
      ("Amber", "Guto", "Chen", "Paris", "Llio", "Hamza", "Tirion", "Will", "Joy"), cols=3, hand=True,
      wall=(200, 60, 90)),
    B("penblwyddi_gor_rhag.png", "Penblwyddi Dosbarth Hebog",
      (("Gorffennaf", "Enfys 4ydd"), ("Awst", "Jade 12fed"), ("Medi", "Nanw 1af", "Sage 9fed"),
       ("Hydref", "Awel 17eg"), ("Tachwedd", "Begw 22ain"), ("Rhagfyr", "Mared 5ed", "Rowan 28ain")),
      ("Enfys", "Jade", "Nanw", "Sage", "Awel", "Begw", "Mared", "Rowan"), cols=3, hand=True, wall=(60, 120, 80),
      extra={"tilt": 0.06}),
    B("staff_board.png", "Meet our Staff / Ein Staff",
      (("Mrs Amber Lloyd", "Pennaeth / Headteacher"), ("Mr Rowan Pike", "Deputy Head"),
       ("Miss Alaw Jones", "Blwyddyn 2"), ("Mrs Joy Bevan", "Teaching Assistant")), (), cols=2, wall=(90, 50, 120)),
    B("where_in_world.png", "Where in the World?",
      (("Paris", "capital of France"), ("India", "a country in Asia"), ("Jordan", "the Dead Sea"),
       ("Florence", "a city in Italy"), ("Sydney", "the Opera House"), ("Victoria", "a state of Australia")),
      (), cols=3, wall=(20, 90, 130)),
    B("famous_welsh.png", "Cymry Enwog / Famous Welsh People",
      (("Owain Glyndŵr", "tywysog"), ("Gareth Bale", "footballer"), ("Mary Jones", "walked for a Bible"),
       ("Tom Jones", "singer")), (), cols=2, angle=-3),
    B("values.png", "Our School Values",
      (("Joy", "we have fun learning"), ("Hope", "we never give up"), ("Kindness", "we help each other"),
       ("Respect", "we listen"), ("Honesty", "we tell the truth"), ("Courage", "we try new things")),
      (), cols=3, wall=(180, 120, 30)),
    B("self_portraits.png", "Our Self Portraits",
      (("Amara Okoye", "pastels"), ("Gwion Bowen", "collage"), ("Fatima R.", "paint")),
      ("Amara Okoye", "Gwion Bowen", "Fatima R."), cols=3, extra={"tilt": 0.08}),
)

P = Picture
PICTURES: tuple[Picture, ...] = (
    # --- certificates photographed at an angle
    P("cert_tilt_en.png", (row("Certificate of Achievement", size=40, face="serif-bold", colour=RED),
                           row("awarded to", size=24, face="serif-italic"),
                           row("Alaw Griffiths", size=50, face="hand-neat", colour=BLUE),
                           row("for a brilliant science project", size=24),
                           row("Mr Rowan Pike", size=22, face="hand")),
      ("Alaw Griffiths",), extra={"tilt": 0.12}, background=(140, 120, 90)),
    P("cert_bilingual_tilt.png", (row("Tystysgrif / Certificate", size=40, face="serif-bold", colour=GREEN),
                                  row("Llongyfarchiadau / Congratulations", size=26),
                                  row("Enfys Parry", size=52, face="hand-marker", colour=RED),
                                  row("Seren yr Wythnos / Star of the Week", size=26),
                                  row("Mrs Amber Lloyd, Pennaeth / Headteacher", size=20, face="sans-oblique")),
      ("Enfys Parry",), extra={"tilt": 0.15}, angle=-4, background=(60, 80, 120)),
    P("cert_bilingual_honey.png", (row("Tystysgrif", size=44, face="serif-bold", colour=BLUE),
                                   row("Certificate", size=30, face="serif-italic", colour=BLUE),
                                   row("Da iawn / Well done", size=28),
                                   row("Honey", size=58, face="hand-marker", colour=RED),
                                   row("am ddarllen yn wych / for wonderful reading", size=22)),
      ("Honey",), paper=(255, 250, 230)),
    P("cert_low_contrast.png", (row("Reading Champion", size=44, face="lib-bold", colour=(170, 150, 100)),
                                row("Priya Sharma", size=48, face="lib-serif-bi", colour=(165, 140, 95)),
                                row("Spring Term 2026", size=28, colour=(175, 155, 110))),
      ("Priya Sharma",), paper=(245, 232, 180), border=(220, 200, 140)),
    P("cert_coloured.png", (row("Nofio 25m / Swimming 25m", size=38, face="sans-bold", colour=(255, 220, 60)),
                            row("Oluwaseun Adeyemi", size=44, face="serif-bold", colour=(255, 255, 255)),
                            row("Da iawn!", size=30, colour=(255, 220, 60))),
      ("Oluwaseun Adeyemi",), paper=(20, 40, 110), border=(255, 220, 60), extra={"tilt": 0.07}),
    P("cert_hand_jade.png", (row("Head Teacher's Award", size=40, face="serif-bold"),
                             row("Jade", size=60, face="hand"),
                             row("for kindness in the playground", size=24),
                             row("Signed: Mrs A. Lloyd", size=22, face="hand")),
      ("Jade",), extra={"tilt": 0.1}, angle=5, noise=10, paper=(250, 240, 255)),
    P("cert_sage.png", (row("Gwobr / Award", size=42, face="serif-bold", colour=GREEN),
                        row("Llongyfarchiadau / Congratulations", size=26),
                        row("Sage Robinson", size=48, face="hand-neat", colour=GREEN),
                        row("Eco Warrior / Rhyfelwr Eco", size=26)),
      ("Sage Robinson",), paper=(230, 250, 230), blur=0.7),
    P("cert_staff.png", (row("Diolch / Thank you", size=48, face="serif-bold", colour=RED),
                         row("Mr Dewi Price", size=44, face="hand-neat"),
                         row("for 20 years at Nant yr Hebog", size=26)),
      (), extra={"tilt": 0.1}),
    # --- labels in a grid
    P("drawers_grid.png", (row("Gwion", "Mared", "Tomasz", "Amber", size=30, face="lib-bold"),
                           row("Fatima", "Rowan", "Lleucu", "Hamza", size=30, face="lib-bold"),
                           row("Joy", "Elan", "Chen", "Nanw", size=30, face="lib-bold")),
      ("Gwion", "Mared", "Tomasz", "Amber", "Fatima", "Rowan", "Lleucu", "Hamza", "Joy", "Elan", "Chen", "Nanw"),
      boxed_cells=True, width=1000, paper=(255, 236, 200)),
    P("pegs_hand.png", (row("Guto", "Paris", "India", size=40, face="hand-marker", colour=MARKER_BLUE),
                        row("Awel", "Hedd", "Begw", size=40, face="hand-marker", colour=MARKER_RED)),
      ("Guto", "Paris", "India", "Awel", "Hedd", "Begw"), boxed_cells=True, paper=(255, 255, 210), angle=-3),
    P("trays_initials.png", (row("Mia K.", "Dafydd R.", "Aleksandra N.", size=28, face="narrow-bold"),
                             row("Tirion E.", "Carys E.", "Mohammed K.", size=28, face="narrow-bold")),
      ("Mia K.", "Dafydd R.", "Aleksandra N.", "Tirion E.", "Carys E.", "Mohammed K."),
      boxed_cells=True, width=1000, extra={"contrast": 0.5, "tilt": 0.08}),
    # --- whiteboards
    P("whiteboard_groups.png", (row("Blwyddyn 4 - Dosbarth Tylluan", size=34, face="hand-marker", colour=MARKER_BLUE),
                                row("Group 1: Tirion, Carys, Mohammed", size=30, face="hand-marker", align="left"),
                                row("Group 2: Will, Nikola, Sage", size=30, face="hand-marker", align="left"),
                                row("Group 3: Heledd, Amara, Jordan", size=30, face="hand-marker", align="left")),
      ("Tirion", "Carys", "Mohammed", "Will", "Nikola", "Sage", "Heledd", "Amara", "Jordan"), **WHITEBOARD),
    P("whiteboard_jobs.png", (row("Jobs this week", size=40, face="hand-marker", colour=MARKER_RED),
                              row("Register - Manon", size=32, face="hand-marker", align="left"),
                              row("Plants - Eben", size=32, face="hand-marker", align="left"),
                              row("Lunch list - Mrs Bevan", size=32, face="hand-marker", align="left")),
      ("Manon", "Eben"), extra={"tilt": 0.09}, **WHITEBOARD),
    P("whiteboard_words.png", (row("Today", size=40, face="hand-marker", colour=MARKER_BLUE),
                               row("Rain after lunch - wet play", size=30, face="hand-marker", align="left"),
                               row("Will you bring your PE kit?", size=30, face="hand-marker", align="left"),
                               row("Spellings: honey, amber, joy", size=30, face="hand-marker", align="left")),
      (), **WHITEBOARD),
    P("whiteboard_cy.png", (row("Tasgau heddiw", size=40, face="hand-marker", colour=MARKER_RED),
                            row("Darllen gyda Llio a Gruff", size=30, face="hand-marker", align="left"),
                            row("Mathemateg: Anest, Ffion ac Owain", size=30, face="hand-marker", align="left")),
      ("Llio", "Gruff", "Anest", "Ffion", "Owain"), extra={"contrast": 0.35}, **WHITEBOARD),
    # --- worksheets filled in by hand
    P("worksheet_name.png", (row("Hedd Williams", size=32, face="hand", colour=(40, 40, 60), lead="Name:"),
                             row("12/3/26", size=30, face="hand", lead="Date:"),
                             row("Fractions: find half of each number.", size=24, align="left"),
                             row("1)  8 -> 4     2)  10 -> 5", size=28, face="hand", align="left")),
      ("Hedd Williams",), border=None, paper=(255, 255, 255), extra={"ruled": 1}),
    P("worksheet_enw.png", (row("Llio Morgan", size=32, face="hand", lead="Enw:"),
                            row("Ysgrifennwch am y tywydd", size=24, align="left"),
                            row("Mae hi'n bwrw glaw ac mae awel gref.", size=28, face="hand", align="left")),
      ("Llio Morgan",), border=None, extra={"ruled": 1, "tilt": 0.07}, background=(170, 150, 120)),
    P("worksheet_rowan.png", (row("Rowan", size=34, face="hand", lead="Name:"),
                              row("The Water Cycle", size=30, face="sans-bold", align="left"),
                              row("Rain falls from the clouds into the river.", size=26, face="hand", align="left")),
      ("Rowan",), border=None, paper=(255, 255, 255), extra={"ruled": 1}, angle=-6),
    P("worksheet_blank.png", (row("", size=32, face="hand", lead="Name:"),
                              row("Amber, Jade and Ruby are precious stones.", size=26, align="left"),
                              row("Colour the amber one orange.", size=26, align="left")),
      (), border=None, paper=(255, 255, 255), extra={"ruled": 1}),
    # --- reading records
    P("reading_record.png", (row("Reading Record / Cofnod Darllen", size=34, face="sans-bold"),
                             row("Eben Thomas", size=30, face="hand", lead="Name:"),
                             row("3/3  Matilda  p.1-20  Read well", size=24, face="hand", align="left"),
                             row("4/3  The Twits  p.21-40  Lovely voices", size=24, face="hand", align="left"),
                             row("5/3  Wonder  p.1-15  Signed: Mum", size=24, face="hand", align="left")),
      ("Eben Thomas",), border=None, paper=(255, 255, 245), extra={"ruled": 1}),
    P("cofnod_darllen.png", (row("Cofnod Darllen", size=36, face="sans-bold", colour=GREEN),
                             row("Mared Hughes", size=30, face="hand", lead="Enw:"),
                             row("Llyfr: Sali Mali", size=26, face="hand", align="left"),
                             row("Sylw: darllen yn dda iawn - Miss Jones", size=24, face="hand", align="left")),
      ("Mared Hughes",), border=None, extra={"ruled": 1, "tilt": 0.1}, background=(90, 90, 90)),
    # --- a book cover, a results sheet, a caption
    P("book_cover.png", (row("MATHS", size=48, face="sans-bold"),
                         row("Carys Evans", size=34, face="hand", lead="Name:"),
                         row("Tylluan", size=30, face="hand", lead="Class:"),
                         row("Mr Gwynfor", size=30, face="hand", lead="Teacher:")),
      ("Carys Evans",), paper=(120, 190, 230), border=(40, 40, 40)),
    P("sports_hand.png", (row("Sports Day Winners", size=40, face="hand-marker", colour=MARKER_RED),
                          row("1st  Hamza", size=34, face="hand", align="left"),
                          row("2nd  Begw", size=34, face="hand", align="left"),
                          row("3rd  Nikola", size=34, face="hand", align="left")),
      ("Hamza", "Begw", "Nikola"), paper=(255, 255, 255), extra={"ruled": 1}, noise=8),
    P("eisteddfod.png", (row("Eisteddfod yr Ysgol", size=44, face="serif-bold", colour=RED),
                         row("Enillwyr: Heledd, Gwion a Nanw", size=30),
                         row("Cadeirio'r bardd: Tomasz", size=30)),
      ("Heledd", "Gwion", "Nanw", "Tomasz"), paper=(255, 245, 225), extra={"tilt": 0.06}),
    # --- hard negatives: words, books, places, staff
    P("book_titles.png", (row("Our Class Library", size=44, face="lib-bold", colour=BLUE),
                          row("Matilda", size=32, face="serif-italic"),
                          row("Wonder", size=32, face="serif-italic"),
                          row("Holes", size=32, face="serif-italic"),
                          row("Paddington at the Zoo", size=32, face="serif-italic")),
      (), paper=(250, 240, 220)),
    P("weather_cy.png", (row("Y Tywydd Heddiw", size=44, face="sans-bold", colour=BLUE),
                         row("Glaw yn y bore", size=30),
                         row("Awel gref o'r môr", size=30),
                         row("Enfys ar ôl y glaw", size=30),
                         row("Hedd a thawel yn y nos", size=26)),
      (), paper=(225, 240, 255), angle=3),
    P("class_shop.png", (row("Class Shop", size=46, face="hand-marker", colour=GREEN),
                         row("Honey  50p", size=32, face="hand", align="left"),
                         row("Jade plant  £2", size=32, face="hand", align="left"),
                         row("Sage and onion stuffing  £1", size=32, face="hand", align="left")),
      (), paper=(255, 250, 220)),
    P("trip_poster.png", (row("Year 5 Trip", size=48, face="lib-bold", colour=RED),
                          row("Chelsea Physic Garden", size=32),
                          row("train from Victoria Station", size=28),
                          row("Will you help on the day?", size=26)),
      (), paper=(255, 255, 255), extra={"tilt": 0.05}),
    P("door_class.png", (row("Dosbarth Robin", size=52, face="serif-bold", colour=GREEN),
                         row("Blwyddyn 1 / Year 1", size=30),
                         row("Athrawes: Miss Alaw Jones", size=26)),
      (), paper=(230, 250, 230)),
)


def main() -> int:
    pupils = builder.pupils_from_full_names(PUPILS, "NH", 300, YEARS, CLASSES)
    builder.write_school(HERE, pupils, STAFF, SCHOOL)
    builder.write_jsonl(HERE / "images.jsonl", draw_set(HERE, PICTURES, BOARDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
