"""Families of pupil-name mistakes found on the development sets in the fifteenth session,
tested in new sentences on the development schools Larkfield (England), Kilcraig (Scotland) and
Ysgol y Wawr (Welsh word-names): each test is one family, read from grammar, no name listed."""

from __future__ import annotations

from functools import partial

from safepost.engine import Draft, check, load_policy
from safepost.engine.draft import DraftImage
from tests.engine.dev_schools import dev_school, names_found

_english = partial(names_found, "larkfield")
_scottish = partial(names_found, "kilcraig")
_welsh = partial(names_found, "ysgol-y-wawr")
_lochbrae = partial(names_found, "lochbrae-primary")


def _welsh_file_name(file_name: str) -> list[str]:
    """The pupil names found in an image's file name, on Ysgol y Wawr's roster."""
    draft = Draft(id="t", text="Llun o'r wythnos.", images=(DraftImage(filename=file_name),))
    report = check(draft, dev_school("ysgol-y-wawr"), load_policy("default"))
    found = [f for f in report.findings if f.rule == "pupil-name" and f.source == "image[0].filename"]
    return [file_name[f.start : f.end] for f in found if f.start is not None]


def test_a_negative_contraction_is_a_persons_verb() -> None:
    # "hasn't" is read as "hasn", "t": a word-name opening the sentence before it is the subject
    assert _english("I asked about the trip form. River hasn't brought it back yet.") == ["River"]
    assert _english("River walk this afternoon.") == []  # a noun after it still makes the word


def test_a_possessive_title_stops_at_a_full_stop() -> None:
    assert _english("I am Ella's Nan. Her dad is away this week.") == ["Ella"]
    assert _english("We read George's Marvellous Medicine in class.") == []


def test_the_first_object_of_a_verb_that_takes_two_is_no_epithet() -> None:
    assert _english("Thank you for showing Isla the Roman coins.") == ["Isla"]
    assert _english("We met Dai the lollipop man this morning.") == []


def test_a_name_with_a_surname_or_initial_is_a_person_after_an_animal_word() -> None:
    assert _english("The farm brought in the goats – Amelia and Jack H. were brilliant helpers.") == [
        "Amelia", "Jack H.",
    ]
    assert _english("Our hens, Ruby and Poppy, laid four eggs.") == []


def test_a_name_in_an_email_address_is_the_adults() -> None:
    assert _english("Please reply to amelia.jones84@example.com with any questions.") == []


def test_a_name_written_on_a_lost_thing_is_the_childs() -> None:
    assert _scottish("Found: a red jumper with Jack M written inside the collar.") == ["Jack M"]
    assert _english("Lost: a lunchbox with RIVER written on the lid.") == ["RIVER"]


def test_an_age_in_brackets_makes_a_child_not_on_the_roster() -> None:
    assert _lochbrae("Would it be ok if Kayden (he's 2) sits with me at the concert?") == ["Kayden"]


def test_a_lower_case_modal_after_a_child_cue_is_the_verb() -> None:
    assert _english("Sorry, my son will miss swimming on Friday.") == []
    assert _english("Our daughter may need to leave early on Tuesday.") == []
    assert _english("So proud of will today!") == ["will"]  # the object of "of" is the child
    assert _english("well done to will and may") == ["will", "may"]


def test_a_welsh_word_name_in_a_file_name_after_a_welsh_noun_or_before_a_year_is_the_word() -> None:
    assert _welsh_file_name("gwaith_enfys_dosbarth.jpg") == []
    assert _welsh_file_name("ffair_haf_2026.jpg") == []
    assert _welsh_file_name("eisteddfod_seren_puw.jpg") == ["seren_puw"]


def test_a_quoted_title_opened_by_a_pronoun_or_an_article_holds_its_name() -> None:
    assert _english("Year 2 loved 'I Am Amelia' this week.") == []
    assert _english("Our banner says 'Star Reader Ruby'!") == []  # unchanged, read as before
    assert _english("Well done Ruby for reading every night!") == ["Ruby"]


def test_a_country_is_read_among_country_words_but_a_praise_cue_makes_the_child() -> None:
    assert _welsh("Dysgodd y dosbarth am wlad Mali yn Affrica.") == []
    assert _welsh("Dysgon ni am y wlad Mali heddiw. Da iawn Mali!") == ["Mali"]


def test_an_adults_job_before_or_after_a_name_makes_the_adult() -> None:
    assert _english("A big thank you to Will, our site manager, for mending the fence.") == []
    assert _english("Our learning mentor Isla runs the nurture group on Mondays.") == []
    assert _english("Our class librarian Isla chose this week's book.") == ["Isla"]  # a pupil's job


def test_a_name_described_as_an_animal_after_the_is_the_animal() -> None:
    assert _english("Year 3 looked after Poppy the rabbit over half term.") == []
    assert _english("Reading to the dog this week: Amelia J. and Sam.") == ["Amelia J.", "Sam"]


def test_a_word_name_in_capitals_in_a_lower_case_file_name_is_the_child() -> None:
    draft = Draft(id="t", text="Forest school today.", images=(DraftImage(filename="forest_school_RIVER_den.jpg"),))
    report = check(draft, dev_school("larkfield"), load_policy("default"))
    assert [f.source for f in report.findings if f.rule == "pupil-name"] == ["image[0].filename"]


def test_a_pupils_brother_sister_or_cousin_is_a_child_however_rare_the_name() -> None:
    assert _english("Amelia's cousin Tafadzwa from Hillside Primary came to our fair.") == ["Amelia", "Tafadzwa"]


def test_only_a_pupils_kin_and_only_a_name_after_the_kin_word() -> None:
    # the owner must be a roster first name with no title: a teacher's or a parent's kin is a grown-up
    assert _english("Thank you to Mr Ahmed's sister Zubaida for running the cake stall.") == []
    assert _english("Thank you to Mrs Holly's sister Zubaida for the raffle prizes.") == []
    # Ahmed is a pupil's surname (and a common first name), not a pupil's first name
    assert "Zubaida" not in _english("Thank you to Ahmed's sister Zubaida for running the cake stall.")
    # a story's animal is no child; a name the lists know still is
    assert _english("Robin's big brother River came to sports day.") == ["Robin", "River"]


def test_a_pupils_kin_is_explained_as_a_pupils_kin() -> None:
    report = check(Draft(id="t", text="Holly's cousin Tafadzwa came to sports day."), dev_school("larkfield"),
                   load_policy("default"))
    [kin] = [f for f in report.findings if f.rule == "pupil-name"]
    assert "cousin" in kin.explanation and "baby" not in kin.explanation


def test_a_modal_and_a_verb_of_feeling_after_a_word_name_make_a_person() -> None:
    assert _english("hope would love to come to the party, she talks about it all the time") == ["hope"]
    assert _english("We hope you would like the new menu.") == []
