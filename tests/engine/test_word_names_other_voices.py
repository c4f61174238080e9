"""Word-names by other voices (the word-names probe's families, branch s10-names), in new sentences
on the development school Larkfield (``evaluation/dev/larkfield``): each test is one family, with
the use of the same word it must leave alone or the child it must keep."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_names = partial(names_found, "larkfield")


def test_an_award_heading_before_a_colon_names_the_child() -> None:
    assert _names("Spelling bee winner: Hope, with twenty words in a row!") == ["Hope"]
    assert _names("Player of the match: Storm with a hat-trick.") == ["Storm"]
    assert _names("Silver medal for Hunter at the county cross-country.") == ["Hunter"]
    assert _names("Hope you all enjoyed the match: it was a close one.") == []


def test_a_name_listed_with_brands_games_or_teams_is_one_of_them() -> None:
    assert _names("Honey, Nike and BMW sponsor the city marathon.") == []
    assert _names("Amber TV, Netflix and YouTube Kids: screen time tips inside.") == []
    assert _names("Leeds United? Ruby? Sheffield Wednesday? Football shirt day is Friday.") == []
    assert _names("Ruby, Amber and Jade made a volcano in science.") == ["Ruby", "Amber", "Jade"]
    assert _names("Well done to Ruby, Amber and Team Blue!") == ["Ruby", "Amber"]


def test_a_name_hyphened_to_a_capitalised_word_that_is_no_name_is_a_compound() -> None:
    assert _names("Our Hunter-Gatherer day is on Tuesday.") == []
    assert _names("Well done to Hunter and Chase for their cave paintings.") == ["Hunter", "Chase"]


def test_a_name_before_a_year_or_a_trip_or_after_travel_is_a_place_or_an_event() -> None:
    assert _names("Year 5 researched Florence 2025 and the Olympics.") == []
    assert _names("Our Year 4 Florence trip was unforgettable.") == []
    assert _names("Anyone travelling to Florence this summer should visit the Uffizi.") == []
    assert _names("Florence travelled to York with her grandma.") == ["Florence"]


def test_a_rank_of_a_place_holds_the_place() -> None:
    assert _names("The Lord Mayor of Florence sent us a postcard.") == []


def test_it_is_before_a_month_is_the_time_of_year() -> None:
    assert _names("It's June, so sun cream and hats please!") == []
    assert _names("Happy birthday June, who is seven today!") == ["June"]


def test_class_names_listed_before_classes_are_the_classes() -> None:
    assert _names("Reports go home on Friday for Hazel, Willow and Rowan classes.") == []


def test_an_irregular_past_a_person_does_makes_the_word_name_a_child() -> None:
    assert _names("Hunter rode his bike all the way to school.") == ["Hunter"]
    assert _names("Storm clouds gathered over the field.") == []


def test_a_capitalised_word_that_is_only_another_pupils_surname_makes_a_title() -> None:
    assert _names("Reed Barker is the name of the new farm shop by the canal.") == []
    assert _names("Reed Haigh read a poem in assembly.") == ["Reed Haigh"]


def test_a_name_before_of_and_a_proper_noun_is_a_title() -> None:
    assert _names("A Legend of Zelda costume, a Ruby of Narnia cloak and a Hope of Year 3 card.") == ["Hope"]
