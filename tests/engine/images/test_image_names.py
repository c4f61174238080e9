"""Pupil names in pictures: OCR repairs that must not invent names, text standing on end, and the
layouts pictures have (results sheets, book displays, weather charts, Title Case headings).

The school is the drawn picture set's (``evaluation/dev-images/bryn-tawel``): word-names such as
Summer, Haf, Eira and Grace, and a Kacper Nowak, a Matilda and a Ruby Marsh.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from safepost.engine import load_school
from safepost.engine.images import OcrLine
from safepost.engine.images.ocr import _sideways, _turn_back, recognise
from safepost.engine.images.ocrtext import ocr_text, reading_order
from safepost.engine.names import find_names, school_index
from safepost.engine.school import SchoolContext
from safepost.engine.textnorm import fold
from tests.engine.images.conftest import REPO

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@pytest.fixture(scope="module")
def drawn_school() -> SchoolContext:
    return load_school(REPO / "evaluation" / "dev-images" / "bryn-tawel")


def _names(text: str, school: SchoolContext) -> list[str]:
    return [text[m.start : m.end] for m in find_names(fold(text), school_index(school))]


def _line(text: str) -> OcrLine:
    return OcrLine(text, (0, 0, 10 * len(text), 20), tuple((10 * i, 0, 10, 20) for i in range(len(text))), 1.0)


def test_an_ordinal_before_a_name_is_no_saint(drawn_school: SchoolContext) -> None:
    assert _names("Sack race: 1st Kacper Nowak", drawn_school) == ["Kacper Nowak"]
    assert _names("Sprint:1st Ruby Marsh", drawn_school) == ["Ruby Marsh"]
    assert _names("St Matilda", drawn_school) == []


def test_a_name_before_by_and_an_author_is_a_title(drawn_school: SchoolContext) -> None:
    assert _names("Matilda by Roald Dahl", drawn_school) == []
    assert _names("Sali Mali gan Mary Vaughan Jones", drawn_school) == []
    assert _names("Awarded to Matilda by Mrs Pugh", drawn_school) == ["Matilda"]
    assert _names("Falling Leaves by Zainab", drawn_school) == ["Zainab"]


def test_a_word_name_in_a_title_case_heading_is_the_word(drawn_school: SchoolContext) -> None:
    assert _names("Spring Summer Autumn Winter", drawn_school) == []
    assert _names("Congratulations Summer Whitlock", drawn_school) == ["Summer Whitlock"]
    assert _names("Happy Birthday Summer", drawn_school) == ["Summer"]


def test_a_word_name_before_a_colon_and_lower_case_words_is_the_word(drawn_school: SchoolContext) -> None:
    assert _names("Y Tywydd\nHaf: heulog a chynnes\nEira: oer a gwyn", drawn_school) == []
    assert _names("Helpwyr heddiw\nHaf: line leader", drawn_school) == ["Haf"]


def test_ocr_repairs_do_not_turn_words_into_names(drawn_school: SchoolContext) -> None:
    # "lsla" is Isla misread; "All" is a word even though a pupil is called Ali (none here: Ela)
    text, _ = ocr_text([_line("lsla"), _line("Rosemary"), _line("Thank you All")], drawn_school)
    assert text == "Isla\nRosemary\nThank you All"
    # a capital I read as l is put back, also before a glued joining word; a misreading that is a
    # word is put back too when the swap is its first letter ("loan" for Ioan)
    assert ocr_text([_line("lolo"), _line("loloand Efa")], drawn_school)[0] == "Iolo\nIolo and Efa"


def test_a_joining_word_glued_to_a_name_is_split_off(drawn_school: SchoolContext) -> None:
    text, boxes = ocr_text([_line("Graceand Leo"), _line("Jackson"), _line("Efagyda Leo")], drawn_school)
    assert text == "Grace and Leo\nJackson\nEfa gyda Leo"
    assert len(boxes) == len(text)


def test_it_tells_text_standing_on_end() -> None:
    import numpy as np

    flat = np.array([[0, 0], [200, 0], [200, 40], [0, 40]], dtype=np.float32)
    tall = np.array([[0, 0], [40, 0], [40, 200], [0, 200]], dtype=np.float32)
    assert not _sideways([flat, flat, tall])
    assert _sideways([tall, tall, flat])
    assert not _sideways([])


def test_it_turns_boxes_back_to_the_pictures_pixels() -> None:
    # a 100 x 50 picture turned anticlockwise is 50 x 100; a box at its top left came from the top right
    line = OcrLine("ab", (0, 0, 20, 10), ((0, 0, 10, 10), (10, 0, 10, 10)), 0.9)
    back = _turn_back(line, Image.Transpose.ROTATE_90, (100, 50), 1.0)
    assert back.box == (90, 0, 10, 20)
    clockwise = _turn_back(line, Image.Transpose.ROTATE_270, (100, 50), 2.0)
    assert clockwise.box == (0, 60, 20, 40)


def test_it_reads_a_label_photographed_sideways() -> None:
    im = Image.new("RGB", (700, 200), (250, 250, 245))
    d = ImageDraw.Draw(im)
    d.text((40, 40), "Star of the Week", fill=(20, 20, 20), font=ImageFont.truetype(FONT, 40))
    d.text((40, 110), "Kacper Nowak", fill=(20, 20, 20), font=ImageFont.truetype(FONT, 44))
    for turn in (Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_270):
        turned = im.transpose(turn)
        lines = recognise(turned, 1.0)
        assert "Kacper Nowak" in [line.text for line in lines], turn
        for line in lines:
            x, y, w, h = line.box
            assert h > w and x + w <= turned.width + 2 and y + h <= turned.height + 2


def test_a_phrase_broken_over_two_lines_is_read_as_one(drawn_school: SchoolContext) -> None:
    def read(*lines: str) -> str:
        return ocr_text([_line(t) for t in lines], drawn_school)[0]

    assert read("Mrs", "Seren Pugh") == "Mrs Seren Pugh"  # the headteacher, not the pupil Seren
    assert read("Seren", "Pugh") == "Seren Pugh"
    assert read("Tŷ", "Celyn") == "Tŷ Celyn"
    assert read("Eira", "Jac", "Ruby") == "Eira\nJac\nRuby"  # peg labels stay apart
    assert _names(read("Star of the Week", "Seren", "Pugh"), drawn_school) == []
    assert _names(read("Star of the Week", "Celyn", "Rowlands"), drawn_school) == ["Celyn Rowlands"]


def test_first_names_side_by_side_on_one_line_are_a_list(drawn_school: SchoolContext) -> None:
    text, boxes = ocr_text([_line("Poppy Daisy Holly lvy")], drawn_school)
    assert text == "Poppy, Daisy, Holly, Ivy"
    assert len(boxes) == len(text)
    assert _names(text, drawn_school) == ["Poppy", "Daisy", "Holly", "Ivy"]
    # a pupil's full name, or a first name before anyone's surname, is left as it is
    assert ocr_text([_line("Ruby Marsh")], drawn_school)[0] == "Ruby Marsh"
    assert ocr_text([_line("Nia Pritchard Haf")], drawn_school)[0] == "Nia Pritchard Haf"


def test_a_season_before_a_year_is_the_season(drawn_school: SchoolContext) -> None:
    assert _names("Summer 2026 term dates", drawn_school) == []
    assert _names("Gwyliau Haf 2025", drawn_school) == []
    assert _names("Pen-blwydd Hapus\nHaf 3 Mai", drawn_school) == ["Haf"]


def test_a_display_boards_cards_are_read_one_by_one() -> None:
    def at(text: str, x: int, y: int) -> OcrLine:
        return OcrLine(text, (x, y, 10 * len(text), 20), tuple((x + 10 * i, y, 10, 20) for i in range(len(text))), 1.0)

    board = [at("Our Helpers", 300, 0), at("Line leader", 0, 60), at("Fruit monitor", 500, 60),
             at("Dylan", 0, 90), at("Faith", 500, 90)]
    assert [line.text for line in reading_order(board)] == [
        "Our Helpers", "Line leader", "Dylan", "Fruit monitor", "Faith"]
    column = [at("Star of the Week", 100, 0), at("Awarded to", 130, 40), at("Ruby Marsh", 120, 120)]
    assert reading_order(column) == column


def test_word_names_listed_among_words_are_words(drawn_school: SchoolContext) -> None:
    from safepost.engine.images.labels import word_label_spans

    def words(text: str) -> list[str]:
        return [text[s:e] for s, e in sorted(word_label_spans(text, drawn_school))]

    assert words("Our School Values\nRespect\nHope\nKindness\nFaith") == ["Hope", "Faith"]
    assert words("Y Tymhorau\nGwanwyn\nHaf\nHydref\nGaeaf") == ["Haf"]
    assert words("Coat pegs\nRuby\nHope\nFaith") == []  # only names: the children
    assert words("Happy\nBirthday\nRuby\nHope") == []  # a cue, not a list of words
    assert words("Tystysgrif\nGwobr\nHope\nam ddarllen") == []  # a certificate's heading
    # a board's cards: a one-word heading over a lower-case line each
    assert words("Y Tymhorau\nHaf\nhaul a thraeth\nGwanwyn\nblodau\nHydref\ndail\nGaeaf\neira") == ["Haf"]
    assert words("Helpers\nRuby\nline leader\nHope\nfruit\nKacper\nbooks") == []


def test_a_board_of_values_names_nobody(drawn_school: SchoolContext, tmp_path: Path) -> None:
    from safepost.engine import load_policy
    from safepost.engine.images import scan_image

    im = Image.new("RGB", (600, 520), (250, 250, 245))
    d = ImageDraw.Draw(im)
    for n, word in enumerate(("Our Values", "Respect", "Hope", "Kindness", "Faith")):
        d.text((60, 30 + n * 95), word, fill=(20, 20, 20), font=ImageFont.truetype(FONT, 44))
    path = tmp_path / "values.png"
    im.save(path)
    report = scan_image(path, drawn_school, load_policy("default"))
    assert [f.excerpt for f in report.findings if f.rule == "pupil-name"] == []


def test_the_bench_row_leaves_out_the_file_names_findings(drawn_school: SchoolContext, tmp_path: Path) -> None:
    from safepost.engine import load_policy
    from safepost.engine.images import scan_image, scan_image_for_bench

    im = Image.new("RGB", (600, 200), (250, 250, 245))
    ImageDraw.Draw(im).text((40, 60), "Well done Kacper Nowak", fill=(20, 20, 20), font=ImageFont.truetype(FONT, 36))
    path = tmp_path / "kacper_nowak_cert.png"
    im.save(path)
    policy = load_policy("default")
    sources = {f.source for f in scan_image(path, drawn_school, policy).findings if f.rule == "pupil-name"}
    assert sources == {"image[0].filename", "image[0].ocr"}  # the command still reports both
    row = scan_image_for_bench(path, "kacper_nowak_cert.png", drawn_school, policy)
    assert [f["text"] for f in row["findings"] if f["rule"] == "pupil-name"] == ["Kacper Nowak"]


# --- the looks of evaluation/dev-images/nant-yr-hebog: forms filled in by hand, place boards,
# price lists; its roster has Llio Morgan, Hedd Williams, Mared, Jade, Honey, Paris, India...


@pytest.fixture(scope="module")
def hebog() -> SchoolContext:
    return load_school(REPO / "evaluation" / "dev-images" / "nant-yr-hebog")


def _at(text: str, x: int, y: int) -> OcrLine:
    return OcrLine(text, (x, y, 10 * len(text), 20), tuple((x + 10 * i, y, 10, 20) for i in range(len(text))), 1.0)


def test_a_forms_label_and_the_answer_beside_it_are_one_line(hebog: SchoolContext) -> None:
    # the handwritten answer is a box of its own far to the right; other lines come between
    lines = [_at("Name:", 0, 0), _at("Date:", 0, 60), _at("Fractions", 0, 120), _at("Hedd Williams", 400, 3)]
    text, boxes = ocr_text(lines, hebog)
    assert text.split("\n")[0] == "Name: Hedd Williams"
    assert len(boxes) == len(text)
    assert _names(text, hebog) == ["Hedd Williams"]
    # a label with nothing on its row, and a long line ending in a colon, take nothing
    assert ocr_text([_at("Name:", 0, 0), _at("Rowan", 0, 60)], hebog)[0] == "Name:\nRowan"
    assert ocr_text([_at("Our helpers this week:", 0, 0), _at("Rowan", 400, 0)], hebog)[0] == (
        "Our helpers this week:\nRowan")


def test_a_slash_is_a_handwritten_l_or_a_separator(hebog: SchoolContext) -> None:
    def read(t: str) -> str:
        return ocr_text([_line(t)], hebog)[0]

    assert read("Hedd Wi/liams") == "Hedd Williams"  # a name
    assert read("bwrw g/aw") == "bwrw glaw"  # a word
    assert read("12/3/26") == "12/3/26"
    assert read("www.nantyrhebog.sch.uk/news") == "www.nantyrhebog.sch.uk/news"
    # the headteacher's glued signature is split at the slash too: she is staff, no pupil
    signed = read("MrsAmberLloyd,Pennaeth/Headteacher")
    assert signed.startswith("Mrs Amber Lloyd, Pennaeth/")
    assert _names(signed, hebog) == []


def test_a_number_glued_to_a_name_is_split_off_and_not_read_as_letters(hebog: SchoolContext) -> None:
    def read(t: str) -> str:
        return ocr_text([_line(t)], hebog)[0]

    assert read("Mared5ed") == "Mared 5ed"  # not "Maredsed": 5ed is a Welsh ordinal
    assert read("Jade12fed") == "Jade 12fed"
    assert read("Rowan28ain") == "Rowan 28ain"
    assert _names("Rhagfyr\n" + read("Mared5ed"), hebog) == ["Mared"]
    assert read("0livia") == "olivia"  # a look-alike digit inside a word is still a letter


def test_a_doubled_letter_read_once_is_put_back(hebog: SchoolContext) -> None:
    text, boxes = ocr_text([_line("LioMorgan"), _line("Hed Williams")], hebog)
    assert text == "Llio Morgan\nHedd Williams"
    assert len(boxes) == len(text)
    # a word stays a word ("Hel" is no pupil's misreading; "Elan" is on the roster as it is)
    assert ocr_text([_line("Elan"), _line("Sage")], hebog)[0] == "Elan\nSage"


def test_place_boards_and_price_lists_name_no_child(hebog: SchoolContext) -> None:
    from safepost.engine.images.labels import word_label_spans

    def words(text: str) -> list[str]:
        return [text[s:e] for s, e in sorted(word_label_spans(text, hebog))]

    board = ("Where in the World?\nParis\ncapital of France\nIndia\na country in Asia\n"
             "Jordan\nthe Dead Sea\nFlorence\na city in Italy")
    assert words(board) == ["Paris", "India", "Jordan", "Florence"]
    # the same names over jobs are the children doing them
    assert words("Helpers\nParis\nline leader\nIndia\nfruit monitor\nJordan\nbooks") == []
    assert words("Class shop\nHoney 50p\nJade - £2\nSage: £1.50") == ["Honey", "Jade", "Sage"]
    assert words("Honey raised £50 for charity\nParis 2nd") == []  # a child who raised money


def test_a_worksheets_handwritten_name_is_read_after_its_label(hebog: SchoolContext, tmp_path: Path) -> None:
    from safepost.engine import load_policy
    from safepost.engine.images import scan_image

    im = Image.new("RGB", (900, 260), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.text((40, 40), "Name:", fill=(20, 20, 20), font=ImageFont.truetype(FONT, 26))
    d.line([150, 75, 860, 75], fill=(90, 90, 90), width=2)
    hand = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf", 34)
    d.text((450, 34), "Rowan", fill=(40, 40, 60), font=hand)
    d.text((40, 140), "The Water Cycle", fill=(20, 20, 20), font=ImageFont.truetype(FONT, 30))
    path = tmp_path / "worksheet.png"
    im.save(path)
    report = scan_image(path, hebog, load_policy("default"))
    found = [f for f in report.findings if f.rule == "pupil-name" and f.source.endswith(".ocr")]
    assert [f.excerpt for f in found] == ["Rowan"]
    assert found[0].box is not None and found[0].box[0] >= 400  # the box is the handwriting's


def test_things_names_listed_and_defined_as_a_kind_are_the_things(hebog: SchoolContext) -> None:
    assert _names("Amber, Jade and Ruby are precious stones.", hebog) == []
    assert _names("Rowan and Sage are plants in our garden.", hebog) == []
    # the same names listed as people doing something are the children
    assert _names("Amber and Jade are brilliant singers.", hebog) == ["Amber", "Jade"]
    assert _names("Amber, Jade and Rowan are our new monitors.", hebog) == ["Amber", "Jade", "Rowan"]


def test_welsh_and_glued_to_a_name_before_another_is_split_off() -> None:
    school = load_school(REPO / "evaluation" / "dev-images" / "st-teilo")  # Elin, Ioan, Gwen, Ruby
    text, boxes = ocr_text([_line("Elina loan"), _line("Gwena Ruby")], school)
    assert text == "Elin a Ioan\nGwen a Ruby"
    assert len(boxes) == len(text)
    # a name ending in a that is not followed by a pupil's name stays whole
    assert ocr_text([_line("Elina"), _line("Ruby Morgana")], school)[0] == "Elina\nRuby Morgana"


def test_a_list_under_a_title_about_books_is_titles(hebog: SchoolContext) -> None:
    from safepost.engine.images.labels import word_label_spans

    def words(text: str) -> list[str]:
        return [text[s:e] for s, e in sorted(word_label_spans(text, hebog))]

    assert words("Our Class Library\nMatilda\nWonder\nHoles") == ["Matilda"]
    assert words("Llyfrau'r Mis\nMatilda\nWonder\nHoles") == ["Matilda"]
    # the same list under another title: Matilda, who is no word, stays a child
    assert words("Our Class\nMatilda\nWonder\nHoles") == []
    # library helpers are children: no list of words around them
    assert words("Library helpers\nMatilda\nOwain\nHedd") == []


def test_a_name_after_a_forms_label_for_a_book_is_the_title(hebog: SchoolContext) -> None:
    assert _names("Book: Sydney the Snail", hebog) == []
    assert _names("Title: Matilda", hebog) == []
    assert _names("Llyfr: Sali Mali", hebog) == []
    assert _names("Sydney: book monitor", hebog) == ["Sydney"]  # the label after the name: a job
    assert _names("Pupil: Victoria Hale", hebog) == ["Victoria Hale"]


def test_a_handwritten_i_read_as_j_is_put_back(hebog: SchoolContext) -> None:
    text, boxes = ocr_text([_line("VictorjaHale"), _line("Lljo M")], hebog)
    assert text == "Victoria Hale\nLlio M"
    assert len(boxes) == len(text)
    assert ocr_text([_line("Jade"), _line("Jordan")], hebog)[0] == "Jade\nJordan"  # names as they are


def test_a_birthday_charts_months_are_no_list_of_words(hebog: SchoolContext) -> None:
    from safepost.engine.images.labels import word_label_spans

    chart = "Our Birthdays\nJan\nOwain\nMar\nHoney\nApr\nJoy\nMay\nAmber\nJun\nJade"
    assert word_label_spans(chart, hebog) == set()
    assert _names(chart, hebog) == ["Owain", "Honey", "Joy", "Amber", "Jade"]


def test_a_place_topics_title_makes_its_one_word_lines_places(hebog: SchoolContext) -> None:
    from safepost.engine.images.labels import word_label_spans

    def words(text: str) -> list[str]:
        return [text[s:e] for s, e in sorted(word_label_spans(text, hebog))]

    assert words("Our Countries Topic\nIndia\nDiwali\nJordan\nPetra\nParis\nEiffel Tower") == [
        "India", "Jordan", "Paris"]
    assert words("Gwledydd y Byd\nIndia\nJordan") == ["India", "Jordan"]
    assert words("World Book Day\nMatilda\nAmber") == []  # children in costume
    assert words("Where in the World?\nParis\nOur class") == []  # one name alone: not a display of places


def test_a_capital_i_after_lower_case_letters_is_an_l(hebog: SchoolContext) -> None:
    text, boxes = ocr_text([_line("WilI S."), _line("MrsAmberIsHere")], hebog)
    assert text == "Will S.\nMrs Amber Is Here"  # "Is" makes no name or word as "ls": the space comes back
    assert len(boxes) == len(text)


def test_labels_with_initials_side_by_side_are_a_list(hebog: SchoolContext) -> None:
    text, boxes = ocr_text([_line("Jade C. Will S. Joy O.")], hebog)
    assert text == "Jade C., Will S., Joy O."
    assert len(boxes) == len(text)
    assert _names(text, hebog) == ["Jade C.", "Will S.", "Joy O."]
    # a pupil's full name before a first name is not a list of labels
    assert ocr_text([_line("Jade Cartwright Will")], hebog)[0] == "Jade Cartwright Will"


def test_a_dash_glued_to_a_name_is_a_dash(hebog: SchoolContext) -> None:
    text, boxes = ocr_text([_line("Will- lights"), _line("well-known")], hebog)
    assert text == "Will - lights\nwell-known"
    assert len(boxes) == len(text)


def test_a_city_before_its_country_is_a_place(hebog: SchoolContext) -> None:
    assert _names("Florence, Italy", hebog) == []
    assert _names("Sydney, Australia and Paris, France", hebog) == []
    # a pupil named like a country after the comma: two children listed
    assert _names("Sharks: Will, Joy, Paris, India", hebog) == ["Will", "Joy", "Paris", "India"]


def test_a_word_name_before_a_rotas_dash_is_no_modal_verb(hebog: SchoolContext) -> None:
    assert _names("Monitors\nWill - lights\nJoy - windows", hebog) == ["Will", "Joy"]
    assert _names("Will: register", hebog) == ["Will"]
    assert _names("Will parents please bring coats", hebog) == []  # the verb opening a request


@pytest.fixture(scope="module")
def hebog_plus(tmp_path_factory: pytest.TempPathFactory) -> SchoolContext:
    """Nant yr Hebog with three more pupils: names with Welsh diacritics and a double surname
    whose first half is another pupil's (Jordan Price) and a teacher's (Mr Dewi Price) surname."""
    src = REPO / "evaluation" / "dev-images" / "nant-yr-hebog"
    out = tmp_path_factory.mktemp("hebog-plus")
    for name in ("school.toml", "staff.csv"):
        (out / name).write_text((src / name).read_text(encoding="utf-8"), encoding="utf-8")
    extra = ("NH0900,Siôn,Llŷr,Siôn,Year 2,Alarch,yes,yes\n"
             "NH0901,Gwenllïan,Ifan,Gwenllïan,Year 3,Hebog,yes,yes\n"
             "NH0902,Daniel,Price-Owen,Daniel,Year 5,Barcud,yes,yes\n")
    (out / "roster.csv").write_text((src / "roster.csv").read_text(encoding="utf-8") + extra, encoding="utf-8")
    return load_school(out)


def test_a_name_that_lost_its_diacritics_is_spelt_as_on_the_roster(hebog_plus: SchoolContext) -> None:
    text, boxes = ocr_text([_line("Sion Llyr"), _line("SION"), _line("Gwenllian Ifan")], hebog_plus)
    assert text == "Siôn Llŷr\nSIÔN\nGwenllïan Ifan"  # the finding's text is the name as shown
    assert len(boxes) == len(text)
    assert _names(text, hebog_plus)[:1] == ["Siôn Llŷr"]


def test_one_name_read_as_two_words_is_joined(hebog_plus: SchoolContext) -> None:
    text, boxes = ocr_text([_line("Gwen Ilian Ifan")], hebog_plus)  # "ll" read as "Il" and a space
    assert text == "Gwenllïan Ifan"
    assert len(boxes) == len(text)
    # two real words, or a first name before a surname, stay apart
    assert ocr_text([_line("Amber Lewis"), _line("Gwen Ifan")], hebog_plus)[0] == "Amber Lewis\nGwen Ifan"


def test_a_double_surname_beginning_with_another_pupils_surname(hebog_plus: SchoolContext) -> None:
    assert _names("Daniel Price-Owen", hebog_plus) == ["Daniel Price-Owen"]
    assert _names("Sports Award\nDaniel Price-Owen", hebog_plus) == ["Daniel Price-Owen"]
    assert _names("Jordan Price", hebog_plus) == ["Jordan Price"]


def test_a_handwritten_capital_read_small_is_put_back(hebog: SchoolContext) -> None:
    def at(text: str, y: int, h: int) -> OcrLine:
        return OcrLine(text, (0, y, 10 * len(text), h), tuple((10 * i, y, 10, h) for i in range(len(text))), 1.0)

    assert ocr_text([_line("Sage, will")], hebog)[0] == "Sage, Will"  # a list of pupils' names
    assert ocr_text([_line("Sage, will you help")], hebog)[0] == "Sage, will you help"
    # a certificate's large lone name between sentences
    cert = [at("Head Teacher's Award", 0, 80), at("jade", 100, 76), at("for kindness", 200, 65), at("Signed", 300, 50)]
    text = ocr_text(cert, hebog)[0]
    assert text.split("\n")[1] == "Jade"
    assert _names(text, hebog) == ["Jade"]
    # a list of lower-case words, or a small lone word, stays as read
    colours = [at("Colours", 0, 40), at("amber", 50, 40), at("jade", 100, 40), at("ruby", 150, 40)]
    assert ocr_text(colours, hebog)[0] == "Colours\namber\njade\nruby"
    assert ocr_text([at("Title", 0, 80), at("jade", 100, 20), at("for kindness", 200, 65)], hebog)[0].split("\n")[1] == "jade"


def test_a_word_name_and_a_word_alone_on_a_line_is_a_caption() -> None:
    from safepost.engine.images.labels import word_label_spans

    school = load_school(REPO / "evaluation" / "dev-images" / "st-teilo")  # Autumn Hale, Grace Kimber

    def words(text: str) -> list[str]:
        return [text[s:e] for s, e in sorted(word_label_spans(text, school))]

    assert words("Autumn Art\nAutumn leaves\nHarry, Y3") == ["Autumn", "Autumn"]
    # a child's full name, a verb after the name, or the capitalised word past the first line
    assert words("Grace Kimber\nStar of the Week") == []
    assert words("Grace smiling") == []
    assert words("Our art\nAutumn Art") == []


# --- twelfth session: families of error from an independent bilingual set (seasons on a weather
# chart, a reading record's book column, book covers in a reading corner, Welsh nouns before
# "haf", articles and bullets glued on by the recogniser, a surname's initial read small)


def test_seasons_listed_together_are_the_seasons(drawn_school: SchoolContext) -> None:
    from safepost.engine.images.labels import word_label_spans

    def words(text: str) -> list[str]:
        return [text[s:e] for s, e in sorted(word_label_spans(text, drawn_school))]

    # the tiles of a weather chart, read between its other words, one or two to a line
    assert words("Y Tywydd\ncymylog\nGwanwyn\nglaw\nHaf\nHydref Gaeaf") == ["Haf"]
    assert words("Our Weather\nsunny\nSpring Summer\nrainy\nAutumn Winter") == ["Summer", "Autumn"]
    # children called Summer and Autumn on a board of stars: two seasons are no list of seasons
    assert words("Stars of the Week\nSummer\nfor kindness\nAutumn\nfor reading") == []
    assert words("Summer Whitlock\nAutumn Reeve\nWinter") == []  # a full name is no season's line


def test_a_book_column_and_a_book_displays_titles_name_no_child() -> None:
    from safepost.engine.images.labels import book_title_ranges

    def lines(text: str) -> list[str]:
        return [text[s:e] for s, e in book_title_ranges(text)]

    record = "Cofnod Darllen\nLlyfr / Book\nSali Mali a'r Sioe\nThe Twits\nChecked by: Mrs Pugh\nRuby"
    assert lines(record) == ["Sali Mali a'r Sioe", "The Twits"]
    assert lines("Reading Record\nBook title\nMatilda\nDaisy and the Trouble\n\nName: Ruby") == [
        "Matilda", "Daisy and the Trouble"]
    assert lines("Llyfrau'r Mis\nSeren a Sbarc\nSali Mali yn yr Eira") == ["Seren a Sbarc", "Sali Mali yn yr Eira"]
    assert lines("Reading Corner\nRuby\nLook Into My Eyes\nLauren Child") == [
        "Ruby", "Look Into My Eyes", "Lauren Child"]
    # a job or an award in the heading makes its lines children; so does "chosen by"
    assert lines("Library Helpers\nMatilda\nOwain") == []
    assert lines("Darllenwyr y Mis\nSeren\nOwain") == []
    assert lines("Our Class Library\nChosen by Ruby") == []
    # a heading about something else: lines are not titles
    assert lines("Helpwyr heddiw\nSeren a Mali") == []


@pytest.mark.parametrize("cue", [
    "Well Done Ruby!", "Thank You Ruby", "Da iawn Ruby", "Diolch Ruby", "Congratulations", "Llongyfarchiadau Ruby",
])
def test_praise_or_thanks_under_a_books_heading_is_no_title(cue: str) -> None:
    from safepost.engine.images.labels import book_title_ranges

    for heading in ("Reading Corner", "Llyfrau'r Mis"):
        text = f"{heading}\nThe Twits\n{cue}"
        assert [text[s:e] for s, e in book_title_ranges(text)] == ["The Twits"]


def test_welsh_nouns_before_haf_make_it_the_season(drawn_school: SchoolContext) -> None:
    assert _names("Ffair Haf\nSummer Fair", drawn_school) == []
    assert _names("Gwyliau Haf hapus!", drawn_school) == []
    assert _names("Tymor yr Haf", drawn_school) == []
    assert _names("Mae hi'n bwrw Eira", drawn_school) == []
    # a child praised or named in full keeps her name
    assert _names("Da iawn Haf", drawn_school) == ["Haf"]
    assert _names("Tystysgrif\nHaf Pritchard", drawn_school) == ["Haf Pritchard"]
    assert _names("Summer Fair helpers: Haf and Eira", drawn_school) == ["Haf", "Eira"]


def test_an_article_or_a_bullet_glued_on_is_split_off(drawn_school: SchoolContext) -> None:
    text, boxes = ocr_text([_line("Summer term 2026·Tymoryr Haf"), _line("Cornerof Books")], drawn_school)
    assert text == "Summer term 2026 · Tymor yr Haf\nCorner of Books"
    assert len(boxes) == len(text)
    assert _names(text, drawn_school) == []
    # a name with a joining word glued on is still the name ("loloand": Iolo and), and a word
    # that is itself a word or a first name stays whole
    assert ocr_text([_line("loloand Efa"), _line("Heather"), _line("Clothes")], drawn_school)[0] == \
        "Iolo and Efa\nHeather\nClothes"


def test_a_surnames_initial_read_small_is_put_back(drawn_school: SchoolContext) -> None:
    text, _ = ocr_text([_line("Seren w."), _line("Osian p."), _line("Haf a."), _line("haul w.")], drawn_school)
    assert text == "Seren W.\nOsian P.\nHaf a.\nhaul w."  # "a" is no capital's shape; "haul" no name
    assert _names("Seren W.", drawn_school) == ["Seren W."]


def _drawn(path: Path, items: list[tuple[int, int, str, int]], size: tuple[int, int] = (1000, 700)) -> Path:
    im = Image.new("RGB", size, (250, 248, 240))
    d = ImageDraw.Draw(im)
    for x, y, text, points in items:
        d.text((x, y), text, fill=(20, 20, 40), font=ImageFont.truetype(FONT, points))
    im.save(path)
    return path


def _picture_names(path: Path, school: SchoolContext) -> list[str]:
    from safepost.engine import load_policy
    from safepost.engine.images import scan_image

    report = scan_image(path, school, load_policy("default"))
    return [f.excerpt for f in report.findings if f.rule == "pupil-name" and f.source.endswith(".ocr")]


def test_drawn_pictures_of_seasons_books_and_a_reading_record(drawn_school: SchoolContext, tmp_path: Path) -> None:
    chart = [(300, 20, "Y Tywydd Heddiw", 44), (60, 150, "heulog", 30), (60, 250, "glaw", 30),
             (480, 150, "Gwanwyn", 40), (820, 150, "Haf", 40), (480, 300, "Hydref", 40), (820, 300, "Gaeaf", 40)]
    assert _picture_names(_drawn(tmp_path / "tywydd.png", chart), drawn_school) == []
    corner = [(250, 30, "Reading Corner", 48), (60, 200, "Matilda", 40), (400, 200, "Holes", 40),
              (700, 200, "Wonder", 40), (60, 320, "Roald Dahl", 26), (400, 320, "Louis Sachar", 26)]
    assert _picture_names(_drawn(tmp_path / "corner.png", corner), drawn_school) == []
    books = [(300, 30, "Llyfrau'r Mis", 48), (100, 200, "Sali Mali", 40), (100, 300, "Seren a Sbarc", 40)]
    assert _picture_names(_drawn(tmp_path / "llyfrau.png", books), drawn_school) == []
    record = [(300, 20, "Reading Record", 44), (60, 100, "Name: Efa Bowen", 32), (60, 200, "Date", 30),
              (300, 200, "Book", 30), (60, 260, "3/2", 28), (300, 260, "Matilda", 28), (60, 320, "5/2", 28),
              (300, 320, "Daisy and the Trouble", 28), (60, 450, "Signed: Mrs Seren Pugh", 28)]
    assert _picture_names(_drawn(tmp_path / "record.png", record), drawn_school) == ["Efa Bowen"]
    # near misses: library helpers and stars named like seasons are children
    helpers = [(250, 30, "Library Helpers", 48), (60, 200, "Matilda", 40), (400, 200, "Owain", 40)]
    assert _picture_names(_drawn(tmp_path / "helpers.png", helpers), drawn_school) == ["Matilda", "Owain"]
    stars = [(300, 20, "Stars of the Week", 44), (60, 150, "Summer", 40), (60, 210, "for kindness", 26),
             (500, 150, "Autumn", 40), (500, 210, "for reading", 26)]
    assert sorted(_picture_names(_drawn(tmp_path / "stars.png", stars), drawn_school)) == ["Autumn", "Summer"]
