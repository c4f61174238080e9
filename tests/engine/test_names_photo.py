"""A photo's file name and alt text read with the post they are attached to (``names/photo.py``):
a word-name the post's text names as a child is that child in its photos; one the text uses only
as a word, a class or an adult is that. Sentences and file names of our own, on the development
schools Larkfield (England) and Ysgol y Wawr (Welsh word-names)."""

from __future__ import annotations

from safepost.engine import Draft, check, load_policy
from safepost.engine.draft import DraftImage
from tests.engine.dev_schools import dev_school


def _photo_names(school: str, text: str, file_name: str, alt: str = "") -> dict[str, list[str]]:
    """The pupil names found in the photo's file name and alt text of a post on ``school``."""
    draft = Draft(id="t", text=text, images=(DraftImage(filename=file_name, alt=alt),))
    report = check(draft, dev_school(school), load_policy("default"))
    out: dict[str, list[str]] = {"filename": [], "alt": []}
    for f in report.findings:
        if f.rule == "pupil-name" and f.source.startswith("image[0].") and f.start is not None:
            field = f.source.rsplit(".", 1)[1]
            out[field].append((file_name if field == "filename" else alt)[f.start : f.end])
    return out


def _english(text: str, file_name: str, alt: str = "") -> dict[str, list[str]]:
    return _photo_names("larkfield", text, file_name, alt)


def _welsh(text: str, file_name: str, alt: str = "") -> dict[str, list[str]]:
    return _photo_names("ysgol-y-wawr", text, file_name, alt)


def test_a_word_name_the_text_names_as_a_child_is_the_child_in_the_photo() -> None:
    # "hope" and "summer" are too frequent to be a child in a file name alone
    assert _english("Well done Hope for your pen licence!", "hope_pen_licence.jpg",
                    "Hope holding her pen licence certificate") == {"filename": ["hope"], "alt": ["Hope"]}
    assert _english("Summer in Year 5 swam 50 lengths for charity.", "swim_summer_50.jpg",
                    "Summer with her goggles on at the pool") == {"filename": ["summer"], "alt": ["Summer"]}
    assert _welsh("Llongyfarchiadau i Seren am ennill y gystadleuaeth!", "cystadleuaeth-seren.jpg",
                  "Seren wrth y bwrdd gyda'i thlws") == {"filename": ["seren"], "alt": ["Seren"]}
    # the same post's photo of the word: a year, the word's own neighbour, a title-case phrase
    assert _english("Summer in Year 5 helped at the fair.", "summer_2026_fair.jpg")["filename"] == []
    assert _english("Summer in Year 5 helped at the fair.", "summer_fair_stall.jpg")["filename"] == []
    assert _english("Summer in Year 5 made the poster.", "poster.jpg",
                    "A poster saying Summer Reading Challenge starts soon")["alt"] == []


def test_the_text_naming_a_child_does_not_make_a_lower_case_word_in_the_alt_a_child() -> None:
    assert _welsh("Da iawn Seren o Flwyddyn 6 am ddylunio'r cerdyn!", "cerdyn.jpg",
                  "Cerdyn gyda seren aur fawr arno")["alt"] == []
    assert _welsh("Diolch Enfys am helpu heddiw.", "iard.jpg", "Enfys lachar dros yr iard")["alt"] == []


def test_a_word_name_the_text_uses_as_a_word_is_the_word_in_the_photo() -> None:
    assert _english("A robin has been visiting our bird table all week!", "robin_bird_table.jpg",
                    "Robin on the edge of the bird table")["filename"] == []
    assert _welsh("Dysgu am yr enfys heddiw: sawl lliw sydd mewn enfys?", "enfys-paent.jpg") == {
        "filename": [], "alt": []}
    assert _welsh("Codi gyda'r wawr i weld yr haul!", "gwawr_dros_y_mynydd.jpg")["filename"] == []
    # a class the text names as the class, with a star-of-the-week cue in the file name
    assert _english("Holly Class have been busy with fractions this week.", "star_of_the_week_holly.jpg")[
        "filename"] == []


def test_a_word_use_in_the_text_does_not_outweigh_the_childs_own_marks_in_the_photo() -> None:
    assert _english("A robin has been visiting our bird table all week!", "robin_atkinson_bird_table.jpg")[
        "filename"] == ["robin_atkinson"]
    assert _english("We found a robin's nest in the hedge.", "robin's_drawing.jpg",
                    "Robin's drawing of the nest")["alt"] == ["Robin"]


def test_a_word_name_paired_with_a_word_in_a_file_name_is_a_thing() -> None:
    assert _welsh("Bisgedi Santes Dwynwen heddiw!", "seren_a_chalon_bisgedi.jpg")["filename"] == []
    assert _english("Our RE day at the cathedral.", "faith_and_belief_day.jpg")["filename"] == []
    # two children, joined the same way
    assert _welsh("Bisgedi heddiw!", "seren_a_celyn_bisgedi.jpg")["filename"] == ["seren", "celyn"]


def test_a_title_the_text_opens_with_a_childs_word_name_is_the_title_in_the_file_name() -> None:
    # the text names the child Hope and the hospice Hope House: the cheque's file name is the hospice
    assert _english("Well done Hope for raising £50 for Hope House hospice!", "hope_house_cheque.jpg",
                    "A giant cheque for Hope House") == {"filename": [], "alt": []}
    # without the title in the text, the same child in the photo is still found
    assert _english("Well done Hope for raising £50 for the hospice!", "hope_cheque.jpg")["filename"] == ["hope"]
