"""Welsh pupils' names that are also words (Gwawr, Afon, Seren, Medi), on the development
school Ysgol y Wawr (``evaluation/dev/ysgol-y-wawr``): each test is one family of mistakes."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_names = partial(names_found, "ysgol-y-wawr")


def test_a_word_name_a_teacher_shares_is_still_read_as_the_word() -> None:
    # a pupil and Miss Gwawr Tomos are both called Gwawr: "Gwawr newydd" is still "a new dawn"
    assert _names("Gwawr newydd i'r ysgol: mae'r adeilad newydd ar agor!") == []
    assert _names("Llongyfarchiadau i Gwawr am ennill y gystadleuaeth.") == ["Gwawr"]


def test_a_hyphenated_title_makes_an_adult() -> None:
    assert _names("Diolch o galon i Mam-gu Heulwen am wau'r hetiau!") == []
    assert _names("Diolch o galon i Heulwen am wau'r hetiau!") == ["Heulwen"]


def test_a_word_name_after_welsh_the_is_the_word() -> None:
    assert _names("Noson ffilm: Y Llew, y Wrach a'r Cwpwrdd Dillad.") == []
    assert _names("Bydd Enfys yn darllen ei cherdd 'Yr Enfys' yn y cyngerdd.") == ["Enfys"]
    assert _names("Mae'r gwern a'r deri ar lan yr afon.") == []


def test_a_word_name_before_welsh_the_and_a_noun_is_a_place_or_a_title() -> None:
    assert _names("Gwybodaeth am Fryn y Glyn: mae'r llwybr ar gau.") == []


def test_a_welsh_place_named_noun_first_is_no_child() -> None:
    assert _names("Mae'r plant wedi astudio Afon Teifi o'r tarddiad i'r môr.") == []
    assert _names("Taith gerdded o Fryn Celyn i'r traeth ddydd Sul!") == []
    assert _names("Dydd Gŵyl Dewi Hapus! Taith i Gwm Elan ddydd Llun.") == []
    assert _names("Nia Ben Aur yw ein drama eleni!") == []


def test_a_greeting_in_title_case_still_names_the_child() -> None:
    assert _names("Pen-blwydd Hapus Gwion!") == ["Gwion"]
    assert _names("Llongyfarchiadau mawr Afon!") == ["Afon"]
    assert _names("Da iawn Afon a Teifi!") == ["Afon", "Teifi"]


def test_a_welsh_month_is_the_month() -> None:
    assert _names("Tymor yr Hydref yn dechrau ddydd Iau 4 Medi. Welwn ni chi ym mis Medi!") == []
    assert _names("Mae Mai yn dathlu ei phen-blwydd ym mis Mai!") == ["Mai"]


def test_a_name_discussed_as_a_welsh_word_is_no_child() -> None:
    assert _names("Beth yw ystyr yr enw Seren? Mae Seren yn golygu 'star'.") == []
    assert _names("Cain yw'r gair i ddisgrifio'r llawysgrifen.") == []
    assert _names("Buom yn dysgu am wlad Mali yng Ngorllewin Affrica.") == []


def test_a_quoted_welsh_title_is_a_title() -> None:
    assert _names("Mae'r gwaith celf 'Enfys o Obaith' yn y neuadd.") == []


def test_two_pupils_joined_are_both_children_even_when_the_join_makes_a_phrase() -> None:
    assert _names("Skye and Ivy sold the most tickets!") == ["Skye", "Ivy"]
    assert _names("Diolch Robin a Wren am ofalu am yr ieir.") == ["Robin", "Wren"]
    assert _names("Well done Holly and Ruby!") == ["Holly", "Ruby"]
    assert _names("Winners: Daisy (Bl 1) and Poppy (Derbyn).") == ["Daisy", "Poppy"]
    # the two words pair up the same way both ways: the carol, not two children
    assert _names("We sang Holly and Ivy at the carol service.") == []


def test_a_mutated_class_word_makes_a_class() -> None:
    assert _names("Haf yn Nosbarth Celyn a Bryn o Ddosbarth Onnen.") == ["Haf", "Bryn"]


def test_a_welsh_award_title_before_a_name_is_a_cue() -> None:
    assert _names("Seren yr Wythnos Gwion!") == ["Gwion"]
    assert _names("Prif Ddisgybl Gwion sy'n arwain y daith.") == ["Gwion"]


def test_a_welsh_verb_capitalised_after_a_comma_does_not_make_a_place() -> None:
    assert _names("Helo bawb, Bydd Gwion yn perfformio yn y neuadd!") == ["Gwion"]


def test_a_word_name_after_an_opening_welsh_verb_is_its_subject() -> None:
    assert _names("Canodd Eira unawd yn y gwasanaeth.") == ["Eira"]
    assert _names("Cafodd Seren hwyl fawr yn y disgo.") == ["Seren"]
    assert _names("Gwyliau Haf hapus i bawb!") == []


def test_a_teachers_first_name_again_after_her_title_is_the_teacher() -> None:
    assert _names("Mae Miss Llinos Evans yn dathlu 20 mlynedd gyda ni. Diolch, Llinos!") == []
    assert _names("Miss Llinos a Llinos o Flwyddyn 2 a blannodd y coed.") == ["Llinos"]


def test_a_word_name_opening_a_list_of_lower_case_things_is_the_word() -> None:
    assert _names("Aur, arian ac efydd: medalau i bawb!") == []
    assert _names("Haf, diolch am dy help!") == ["Haf"]
