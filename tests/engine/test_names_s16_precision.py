"""Families of pupil-name false alarms found in the sixteenth session (a reviewer's hand-labelled
posts and the development sets), tested in sentences of my own on the development schools
Larkfield (England), Kilcraig (Scotland), Ysgol y Wawr and Ysgol Bryncelyn (Wales) and mock-16:
each test holds the false alarm's shape, and ten sentences of the same shape where the name IS a
child, which must still be found."""

from __future__ import annotations

from functools import partial

import pytest

from tests.engine.dev_schools import names_found

_english = partial(names_found, "larkfield")
_scottish = partial(names_found, "kilcraig")
_welsh = partial(names_found, "ysgol-y-wawr")
_bryncelyn = partial(names_found, "ysgol-bryncelyn")
_mock = partial(names_found, "mock-16")
#: A child's sentence the engine missed before this session's precision work too (a recall gap, not
#: a regression): kept so that a later fix shows.
_MISSED_BEFORE = pytest.mark.xfail(strict=True, reason="missed before the precision families as well")


def test_a_season_heading_a_year_groups_event_is_the_time() -> None:
    assert _english("Summer Year 6 leavers' disco tickets are on sale from the office.") == []
    assert _english("Autumn Year 3 trip to the farm is on Friday.") == []
    assert _english("Autumn Year 3 harvest festival is in the church on Thursday.") == []


@pytest.mark.parametrize("text", [
    "Summer Year 6 won the relay on sports day.",
    "Summer Year 6 has written a brilliant poem.",
    "Summer Year 6 and Poppy Year 5 sang a duet.",
    "Well done to Summer Year 6 for her reading award.",
    "Autumn Year 4 scored the winning goal.",
    "Autumn Y4 is our star of the week.",
    "Summer Year 6 read her story in assembly.",
    "Autumn Year 4 painted a lovely sunset.",
    "Congratulations Autumn Year 4 on your certificate!",
    "Summer Year 6 will lead the choir on Friday.",
])
def test_a_child_before_her_year_group_is_still_found(text: str) -> None:
    assert _english(text)


def test_a_compound_activity_opening_a_sentence_is_its_object() -> None:
    assert _english("River dipping at the nature reserve was a highlight of the trip.") == []
    assert _english("Honey tasting in science today!") == []
    assert _english("River dipping with Hazel class this afternoon.") == []


@pytest.mark.parametrize("text", [
    "River swimming at the gala today!",
    "River tasting the soup she made in cookery.",
    "River dipping her net in the pond with Mrs Hall.",
    "Honey singing in the choir at the carol service.",
    "Well done River, dipping into every book in the library!",
    "River painting a rainbow in art.",
    "Honey reading to the Reception children.",
    "River won the spotting competition at the bird walk.",
    "Thank you River for picking up the litter.",
    "Honey picked the most apples at the orchard.",
])
def test_a_child_doing_the_activity_is_still_found(text: str) -> None:
    assert _english(text)


def test_a_word_name_listed_into_a_title_is_the_titles() -> None:
    assert _english("Hope and Faith Together, the town's interfaith group, visited Year 5.") == []
    assert _english("We listened to Faith and Hope Rising, a charity choir.") == []


@pytest.mark.parametrize("text", [
    "Hope and Faith sang together at the harvest service.",
    "Hope and Faith Hartley came to school in their costumes.",
    "Hope and Faith Together! Well done on the joint project, girls.",
    "Hope and Summer read their stories to the class.",
    "Well done to Hope and Faith for their teamwork.",
    "Hope and Faith – great teamwork at the relay!",
    "Hope and River won the three-legged race.",
    "Congratulations to Hope and Faith on their swimming badges.",
    "Hope and Faith have been chosen as Eco Warriors.",
    "Faith and Hope made a poster for the Fair Trade stall.",
])
def test_word_name_children_listed_are_still_found(text: str) -> None:
    assert _english(text)


def test_birds_and_plants_doing_what_they_do_where_they_live() -> None:
    assert _english("Robin and Wren visit our bird feeders every morning.") == []
    assert _english("Robin and Wren nest in the hedge by the gate every spring.") == []
    assert _english("Holly and Ivy grow along the hedgerow behind the field.") == []


@pytest.mark.parametrize("text", [
    "Robin and Wren walk to school with their dad every morning.",
    "Robin and Wren filled the bird feeders before school.",
    "Robin and Wren made bird feeders in forest school.",
    "Robin and Wren visit the nest boxes with Mrs Hall on Fridays.",
    "Robin visited the nature reserve with his grandad.",
    "Wren and Robin sing in the choir.",
    pytest.param("Robin and Wren visit Year 1 to read stories.", marks=_MISSED_BEFORE),
    pytest.param("Holly and Ivy grow sunflowers in the school garden.", marks=_MISSED_BEFORE),
    "Well done to Robin and Wren for building a bird table.",
    "Robin and Jay visit our bird feeders every morning to top them up with her nan.",
])
def test_children_at_the_feeders_are_still_found(text: str) -> None:
    assert _english(text)


def test_an_adult_named_after_a_job_in_apposition() -> None:
    assert _english("Our poet in residence, Robin Llywelyn, ran a workshop with Year 6.") == []
    assert _english("The visiting author, Summer Davies, signed books after assembly.") == []


@pytest.mark.parametrize("text", [
    pytest.param("Our Year 5 artist, Robin Hartley, designed the cover.", marks=_MISSED_BEFORE),
    "Our poet in residence ran a workshop, and Robin wrote a brilliant poem.",
    pytest.param("Thanks to our visiting author. Robin asked the best question!", marks=_MISSED_BEFORE),
    "Our budding poet, Robin, read his poem at assembly.",
    "Our poet in residence worked with Year 6, Robin and Wren loved it.",
    "Robin read a poem to the visiting author.",
    "Well done Robin, our star writer this week!",
    "The author read to Year 6, Summer asked about her dog.",
    "Our young artist, Summer, painted the mural.",
    "The poet, Mr Jones, listened to Robin perform.",
])
def test_a_child_near_an_adults_job_is_still_found(text: str) -> None:
    assert _english(text)


def test_places_in_a_list_before_a_kind() -> None:
    assert _scottish("Skye, Iona and Mull – great places for our islands topic!") == []


@pytest.mark.parametrize("text", [
    "Skye, Iona and Rowan – great teamwork in the quiz!",
    "Skye and Iona visited three islands on the ferry trip.",
    "Well done to Skye, Iona and Ruby for their places in the cross country.",
    "Skye, Iona and Holly won places in the county choir.",
    "Skye and Iona – brilliant singing at the Mod!",
    "Congratulations to Skye and Iona on their medals.",
    "Skye, Iona and Wren made a map of the islands.",
    "Skye and Iona read about islands in the library.",
    "Skye, Iona and Rowan were our class reporters.",
    "Thank you Skye and Iona for showing visitors round.",
])
def test_children_listed_near_places_are_still_found(text: str) -> None:
    assert _scottish(text)


def test_a_welsh_pair_of_words_after_a() -> None:
    assert _bryncelyn("Rhosyn a Chelyn – perfformiad gwych gan y ddau dîm yn y twrnamaint.") == []


@pytest.mark.parametrize("text", [
    "Haf a Chelyn – perfformiad gwych yn y sioe!",
    "Da iawn Haf a Chelyn am ganu yn y gwasanaeth.",
    "Mae Haf a Chelyn yn canu yn y côr.",
    "Llongyfarchiadau i Eira a Chelyn ar ennill y ras!",
    "Diolch i Gwawr a Chelyn am helpu yn y ffair.",
    "Gwawr a Chelyn – gwaith gwych heddiw!",
    "Canodd Haf a Chelyn ddeuawd hyfryd.",
    "Aeth Eira a Chelyn i'r gystadleuaeth nofio.",
    "Haf a Chelyn yw'r enillwyr eleni.",
    "Roedd Haf a Chelyn yn brysur yn plannu bylbiau.",
])
def test_welsh_children_paired_after_a_are_still_found(text: str) -> None:
    assert "Chelyn" in _bryncelyn(text)


def test_a_seasons_work_in_the_schools_plans() -> None:
    assert _bryncelyn("Mae gwaith Haf yn y cynllun gwersi: tymhorau, blodau a'r traeth.") == []
    assert _bryncelyn("Mae gwaith Cymraeg Blwyddyn 4 ar Hwb; gwaith Haf yw'r thema nesaf.") == []


@pytest.mark.parametrize("text", [
    "Mae gwaith Haf ar y wal y tu allan i'r swyddfa.",
    "Mae llun Haf o'r castell wedi ennill y gystadleuaeth.",
    "Da iawn Haf – mae dy waith yn y cynllun arddangos!",
    "Mae gwaith Haf ar goed brodorol yn y neuadd.",
    "Mae cerdd Haf am yr afon yn y papur bro.",
    "Mae gwaith Eira ar y tymhorau yn wych.",
    "Diolch Haf am dy waith ar y thema.",
    "Mae Haf wedi gorffen ei phrosiect ar y tymhorau.",
    "Mae gwaith Gwawr yn y neuadd.",
    "Enillodd Haf y wobr am ei gwaith celf.",
])
def test_a_childs_work_is_still_found(text: str) -> None:
    assert _bryncelyn(text)


def test_a_welsh_question_word_asking() -> None:
    assert _mock("Maen nhw'n wych. Beth yn y byd mae'u hathrawon nhw'n neud drwy'r dydd?") == []
    assert _mock("Beth ydy'r ateb i'r cwestiwn?") == []
