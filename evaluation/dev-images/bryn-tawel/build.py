"""Ysgol Bryn Tawel's picture set: 40 Pillow-drawn school pictures for pupil names read by OCR.

An invented bilingual primary (English and Welsh, about a third of the pictures in Welsh) with
word-names on its roster (Haf, Eira, Seren, Celyn, Summer, Hope, Grace, Ruby...) and staff whose
first names are pupils' names too. Hard negatives: staff on certificates, class names, the same
words as words, famous people on displays, book titles. Some cards are turned, noisy, blurred or
faint. Written before any change it prompted; run
``python evaluation/dev-images/bryn-tawel/build.py`` then
``python bench/quality.py --kind images --bench evaluation/dev-images/bryn-tawel --rule pupil-name``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # the repository root, for evaluation.builder
sys.path.insert(0, str(HERE.parents[2] / "bench"))  # for drawn_images

from drawn_images import Picture, draw_set, row  # noqa: E402

from evaluation import builder  # noqa: E402

SCHOOL = """# Ysgol Bryn Tawel: an invented bilingual primary, a development set for pupil names in pictures.
name = "Bryn Tawel Primary School"
name_cy = "Ysgol Gynradd Bryn Tawel"
policy = "default"
nation = "wales"
address = "Ffordd y Capel, Llanddewi Brefi, Tregaron SY25 6RX"
local_authority = "Ceredigion County Council"
web_domains = ["bryntawel.sch.uk"]
email_domains = ["bryntawel.sch.uk"]
emails = ["office@bryntawel.sch.uk"]
phones = ["01974 298 410"]
allowed_link_domains = ["bryntawel.sch.uk", "hwb.gov.wales", "gov.wales", "gov.uk"]
platforms = ["facebook", "x"]
"""

PUPILS = """
Haf Pritchard; Eira Gwynne; Seren Lloyd; Celyn Rowlands; Afon Jenkins; Heulwen Davies; Gwawr Elis;
Summer Whitlock; Hope Baker; Grace Holloway; Ruby Marsh; Poppy Fielding; Willow Tranter; Robin Ashdown;
Dylan Morris; Florence Kitchen; Owain Beddoe; Matilda Crane; Charlie Dunmore; Mary Okafor; Harry Spence;
Nia Pritchard; Osian Rhydderch; Mabli Tudur; Gethin Powell; Lowri Bevan; Macsen Hywel; Cadi Probert;
Iolo Vaughan; Efa Bowen; Jac Meredith; Tesni Harries; Elis Gwilym; Megan Street; Noah Kowalski;
Amelia Frost; Oliver Nash; Isla Pennant; Leo Armitage; Zainab Hussain; Kacper Nowak; Aisha Begum;
Freya Lister; Alfie Rudd; Evie Caddick; Ffion Jenkins; Rhys Caradog; Tomos Eynon; Sioned Watkin;
Mali Treharne; Cai Pugh; Ela Gruffydd; Deio Parri; Betsan Hopkin; Ianto Griffiths; Liberty Cole;
Faith Adeyemi; Autumn Reeve; Storm Garner; Sky Fenwick; Rose Haddon; Daisy Marchant; Holly Greaves;
Ivy Castell; Jasmine Rees; Wren Tolley; River Stanton; Sunny Okoro; Bryn Penry; Glyn Mostyn
"""
YEARS = ["Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"]
CLASSES = {"Reception": "Cywion", "Year 1": "Celyn", "Year 2": "Derwen", "Year 3": "Oak",
           "Year 4": "Willow", "Year 5": "Enfys", "Year 6": "Barcud"}

STAFF = [
    ("BT01", "Mrs", "Seren", "Pugh", "Headteacher"),
    ("BT02", "Mr", "Rhys", "Bowen", "Deputy Headteacher"),
    ("BT03", "Miss", "Grace", "Howell", "Class Teacher"),
    ("BT04", "Mrs", "Eleri", "Morgan", "Class Teacher"),
    ("BT05", "Mr", "Dylan", "Jarvis", "Class Teacher"),
    ("BT06", "Miss", "Haf", "Llewelyn", "Teaching Assistant"),
    ("BT07", "Mrs", "Ruth", "Caddick", "School Secretary"),
    ("BT08", "Mr", "Huw", "Tanner", "Caretaker"),
]


INK = (25, 25, 35)
RED = (150, 30, 40)
GREEN = (30, 100, 50)
BLUE = (30, 50, 140)

P = Picture
PICTURES: tuple[Picture, ...] = (
    # --- certificates: the child is the name; the signature is staff
    P("cert_en_star.png", (row("Star of the Week", size=44, face="serif-bold", colour=RED),
                           row("This certificate is awarded to", size=24, face="serif-italic"),
                           row("Summer Whitlock", size=50, face="lib-serif-bi", colour=BLUE),
                           row("for always trying her best", size=24),
                           row("Signed: Mrs S. Pugh, Headteacher", size=20, face="sans-oblique")),
      ("Summer Whitlock",)),
    P("cert_cy_seren.png", (row("Seren yr Wythnos", size=46, face="sans-bold", colour=RED),
                            row("Llongyfarchiadau i", size=26),
                            row("Celyn", size=56, face="serif-bold", colour=GREEN),
                            row("am weithio'n galed", size=26),
                            row("Mrs Seren Pugh, Pennaeth", size=22, face="sans-oblique")),
      ("Celyn",), angle=4),
    P("cert_en_reader.png", (row("Reading Award", size=44, face="lib-bold"),
                             row("presented to", size=24),
                             row("Hope", size=58, face="lib-serif-bi", colour=BLUE),
                             row("Year 3 - Oak Class", size=24),
                             row("Miss Grace Howell", size=22, face="lib-italic")),
      ("Hope",), paper=(255, 246, 220)),
    P("cert_cy_haf.png", (row("Tystysgrif Cyflawniad", size=40, face="serif-bold"),
                          row("Rhoddir y dystysgrif hon i", size=24, face="serif-italic"),
                          row("Haf Pritchard", size=50, face="serif-bold", colour=RED),
                          row("am ei gwaith ar yr haf yng Nghymru", size=24),
                          row("Dosbarth Celyn", size=24)),
      ("Haf Pritchard",), angle=-6, noise=18),
    P("cert_en_maths.png", (row("MATHS WHIZZ", size=48, face="sans-bold", colour=GREEN),
                            row("Well done", size=28),
                            row("GETHIN POWELL", size=44, face="lib-bold"),
                            row("for learning all his times tables", size=24),
                            row("Mr R. Bowen", size=22)),
      ("GETHIN POWELL",), blur=0.8),
    P("cert_cy_grace.png", (row("Gwobr y Pennaeth", size=44, face="serif-bold"),
                            row("Da iawn", size=30),
                            row("Grace", size=58, face="lib-serif-bi", colour=BLUE),
                            row("am fod yn ffrind da i bawb", size=24)),
      ("Grace",), paper=(235, 245, 255)),
    P("cert_staff_only.png", (row("Thank you!", size=52, face="serif-bold", colour=RED),
                              row("to Miss Haf Llewelyn", size=32),
                              row("for running the gardening club", size=26),
                              row("from everyone in Willow Class", size=24)),
      ()),
    P("cert_en_attendance.png", (row("100% Attendance", size=46, face="sans-bold"),
                                 row("Autumn Term", size=30),
                                 row("Amelia Frost", size=44, face="serif-italic", colour=BLUE),
                                 row("Keep it up!", size=28)),
      ("Amelia Frost",), angle=9, background=(60, 90, 60)),
    # --- pegs and drawers: several names on a row
    P("pegs_cywion.png", (row("Cywion", size=40, face="sans-bold"),
                          row("Eira", "Jac", "Ruby", size=38, face="lib-bold"),
                          row("Osian", "Wren", "Cadi", size=38, face="lib-bold"),
                          row("Noah", "Isla", "Sky", size=38, face="lib-bold")),
      ("Eira", "Jac", "Ruby", "Osian", "Wren", "Cadi", "Noah", "Isla", "Sky"), boxed_cells=True,
      paper=(255, 255, 255)),
    P("drawers_y4.png", (row("Kacper N", "Aisha B", "Freya L", "Alfie R", size=26, face="narrow-bold"),
                         row("Evie C", "Ffion J", "Tomos E", "Mali T", size=26, face="narrow-bold")),
      ("Kacper N", "Aisha B", "Freya L", "Alfie R", "Evie C", "Ffion J", "Tomos E", "Mali T"),
      boxed_cells=True, width=1000, angle=-3, noise=12),
    P("pegs_faint.png", (row("Poppy", "Daisy", "Holly", size=40, face="sans-oblique"),
                         row("Ivy", "River", "Rose", size=40, face="sans-oblique")),
      ("Poppy", "Daisy", "Holly", "Ivy", "River", "Rose"), boxed_cells=True, extra={"contrast": 0.55}),
    P("trays_mixed.png", (row("Hambyrddau Dosbarth Enfys", size=34, face="sans-bold"),
                          row("Mabli", "Iolo", "Tesni", "Elis", size=30, face="condensed"),
                          row("Sioned", "Deio", "Betsan", "Ianto", size=30, face="condensed")),
      ("Mabli", "Iolo", "Tesni", "Elis", "Sioned", "Deio", "Betsan", "Ianto"), boxed_cells=True, width=1000),
    # --- birthday boards
    P("birthdays_march.png", (row("Happy Birthday March!", size=44, face="lib-bold", colour=RED),
                              row("Storm - 4th March", size=30, align="left"),
                              row("Liberty - 12th March", size=30, align="left"),
                              row("Bryn - 27th March", size=30, align="left")),
      ("Storm", "Liberty", "Bryn"), paper=(255, 240, 250)),
    P("penblwydd_mai.png", (row("Pen-blwydd Hapus - Mai", size=42, face="sans-bold", colour=BLUE),
                            row("Afon 3 Mai", size=32),
                            row("Heulwen 18 Mai", size=32),
                            row("Gwawr 30 Mai", size=32)),
      ("Afon", "Heulwen", "Gwawr"), angle=5, noise=15),
    P("birthday_cake.png", (row("It's my birthday!", size=40, face="serif-bold"),
                            row("Faith is 7 today", size=36, face="serif-italic")),
      ("Faith",)),
    # --- worksheets
    P("worksheet_name.png", (row("Name: Oliver Nash", size=28, face="mono", align="left"),
                             row("Date: 14.11", size=28, face="mono", align="left"),
                             row("Add these numbers: 12 + 7 = 19", size=26, face="mono", align="left")),
      ("Oliver Nash",), border=None, paper=(255, 255, 255)),
    P("worksheet_enw.png", (row("Enw: Efa", size=30, face="sans-oblique", align="left"),
                            row("Dyddiad: 9 Hydref", size=28, face="sans-oblique", align="left"),
                            row("Ysgrifennwch frawddeg am yr hydref", size=26, align="left")),
      ("Efa",), border=None, angle=-8, background=(200, 190, 170)),
    P("worksheet_blank.png", (row("Name: ____________", size=28, align="left"),
                              row("Spelling test - week 6", size=28, align="left"),
                              row("autumn, season, reason, storm", size=26, align="left")),
      (), border=None),
    P("worksheet_marked.png", (row("Leo Armitage  Y5", size=30, face="sans-oblique", align="left"),
                               row("Great work Leo! - Mr Jarvis", size=26, face="sans-oblique", colour=RED,
                                   align="left")),
      ("Leo Armitage", "Leo"), border=None, noise=10),
    # --- displays with pupils' work
    P("display_poems.png", (row("Our Autumn Poems", size=44, face="lib-bold"),
                            row("Falling Leaves by Zainab", size=30),
                            row("The Storm by Harry S", size=30),
                            row("Conkers by Megan", size=30)),
      ("Zainab", "Harry S", "Megan"), paper=(240, 250, 235)),
    P("display_cy_gwaith.png", (row("Ein Gwaith Celf", size=44, face="serif-bold"),
                                row("Llun o'r môr gan Lowri", size=30),
                                row("Castell gan Macsen", size=30),
                                row("Blodau gan Ela", size=30)),
      ("Lowri", "Macsen", "Ela"), angle=-4),
    P("display_champions.png", (row("Playground Buddies", size=42, face="sans-bold"),
                                row("Jasmine, Cai and Rhys C", size=32)),
      ("Jasmine", "Cai", "Rhys C"), blur=1.0),
    # --- hard negatives: the words as words
    P("poster_summer_fair.png", (row("Summer Fair", size=56, face="lib-bold", colour=RED),
                                 row("Saturday 21 June, 1 - 4pm", size=30),
                                 row("Hope to see you all there!", size=28),
                                 row("Grace will be said before the picnic", size=24)),
      ()),
    P("display_tywydd.png", (row("Y Tywydd", size=46, face="sans-bold"),
                             row("Haf: heulog a chynnes", size=30),
                             row("Eira: oer a gwyn", size=30),
                             row("Heulwen ar ôl y glaw", size=30)),
      (), angle=3),
    P("display_seasons.png", (row("The Four Seasons", size=44, face="serif-bold"),
                              row("Spring  Summer  Autumn  Winter", size=32),
                              row("Storm clouds and a rainbow sky", size=28)),
      ()),
    P("display_nadolig.png", (row("Nadolig Llawen", size=48, face="serif-bold", colour=RED),
                              row("Celyn ac eiddew", size=32),
                              row("Seren ar ben y goeden", size=32),
                              row("Robin goch yn yr ardd", size=28)),
      (), noise=14),
    P("poppy_appeal.png", (row("Poppy Appeal", size=50, face="lib-bold", colour=RED),
                           row("We will remember them", size=30),
                           row("Poppies on sale at the office", size=26)),
      ()),
    P("river_walk.png", (row("River Study - Year 5", size=40, face="sans-bold"),
                         row("Afon Teifi at Tregaron", size=30),
                         row("Measuring the flow of the river", size=26)),
      (), angle=-5, background=(90, 120, 160)),
    # --- hard negatives: classes, staff, famous people, books
    P("door_dosbarth.png", (row("Dosbarth Celyn", size=54, face="serif-bold", colour=GREEN),
                            row("Blwyddyn 1", size=34),
                            row("Athrawes: Mrs Eleri Morgan", size=28)),
      ()),
    P("door_willow.png", (row("Willow Class", size=54, face="lib-bold", colour=BLUE),
                          row("Year 4", size=34),
                          row("Teacher: Mr Dylan Jarvis", size=28)),
      ()),
    P("staff_board.png", (row("Meet our staff", size=44, face="sans-bold"),
                          row("Mrs Seren Pugh - Headteacher", size=28, align="left"),
                          row("Mr Rhys Bowen - Deputy", size=28, align="left"),
                          row("Miss Grace Howell - Year 3", size=28, align="left"),
                          row("Miss Haf Llewelyn - Teaching Assistant", size=28, align="left")),
      ()),
    P("display_heroes.png", (row("Welsh Heroes", size=46, face="serif-bold"),
                             row("Owain Glyndŵr", size=32),
                             row("Dylan Thomas", size=32),
                             row("Gwen John", size=32)),
      (), paper=(250, 245, 230), angle=2),
    P("display_scientists.png", (row("Famous Scientists", size=44, face="lib-bold"),
                                 row("Mary Anning - fossils", size=30),
                                 row("Charles Darwin - evolution", size=30),
                                 row("Florence Nightingale - nursing", size=30)),
      ()),
    P("book_week.png", (row("World Book Day", size=46, face="sans-bold", colour=BLUE),
                        row("Matilda by Roald Dahl", size=30),
                        row("Charlie and the Chocolate Factory", size=30),
                        row("Harry Potter and the Philosopher's Stone", size=26)),
      (), noise=12),
    P("book_cy.png", (row("Llyfrau'r Mis", size=44, face="serif-bold"),
                      row("Sali Mali yn yr Eira", size=30),
                      row("Deian a Loli", size=30),
                      row("Seren a Sbarc", size=30)),
      (), angle=-7),
    P("menu_cy.png", (row("Bwydlen Cinio", size=44, face="sans-bold"),
                      row("Dydd Llun: pasta a salad", size=28, align="left"),
                      row("Dydd Mawrth: cinio rhost", size=28, align="left"),
                      row("Dydd Mercher: pysgod a sglodion", size=28, align="left")),
      ()),
    # --- mixed: a pupil and staff on one picture, a word-name beside its word
    P("award_mixed.png", (row("Gardening Club", size=44, face="lib-bold", colour=GREEN),
                          row("Miss Llewelyn says well done to", size=26),
                          row("Daisy Marchant and Robin Ashdown", size=34, face="serif-italic"),
                          row("for the best sunflowers!", size=26)),
      ("Daisy Marchant", "Robin Ashdown")),
    P("cy_mixed.png", (row("Criw Cymraeg", size=44, face="sans-bold"),
                       row("Llysgenhadon: Mabli a Deio", size=32),
                       row("Mrs Morgan sy'n arwain", size=26)),
      ("Mabli", "Deio"), angle=6, noise=10),
    P("sports_day.png", (row("Sports Day Results", size=44, face="sans-bold"),
                         row("Sprint: 1st Ruby Marsh", size=30, align="left"),
                         row("Egg and spoon: 1st Sunny Okoro", size=30, align="left"),
                         row("Sack race: 1st Kacper Nowak", size=30, align="left")),
      ("Ruby Marsh", "Sunny Okoro", "Kacper Nowak"), extra={"scale": 0.7}),
    P("ruby_wedding.png", (row("Ruby Wedding Tea", size=46, face="serif-bold", colour=RED),
                           row("in the school hall", size=30),
                           row("Sky blue and gold decorations", size=26)),
      ()),
)


def main() -> int:
    pupils = builder.pupils_from_full_names(PUPILS, "BT", 100, YEARS, CLASSES)
    builder.write_school(HERE, pupils, STAFF, SCHOOL)
    builder.write_jsonl(HERE / "images.jsonl", draw_set(HERE, PICTURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
