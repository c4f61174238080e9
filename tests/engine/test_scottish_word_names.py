"""Scottish and Irish pupils' names that are also places, words or surnames (Iona, Clyde, Brodie,
Isla, Saoirse), on the development school Kilcraig (``evaluation/dev/kilcraig``): each test is one
cue, with the child it must still find."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_names = partial(names_found, "kilcraig")


def test_the_right_before_a_name_makes_it_a_river_a_family_or_a_thing() -> None:
    assert _names("Misty morning on the Clyde. Lovely photos from our walk.") == []
    assert _names("Thank you to the Fraser family for the raffle prizes.") == []
    assert _names("Robert the Bruce and the spider: a lesson in perseverance.") == []
    assert _names("Well done to the amazing Clyde for his model of the paddle steamer!") == ["Clyde"]


def test_a_possessive_before_a_capitalised_everyday_noun_is_a_business() -> None:
    assert _names("Brodie's Butchers have kindly donated the sausages for the barbecue.") == []
    assert _names("Taylor's Bakery has donated scones for the coffee morning.") == []
    assert _names("Brodie's poem about the ferry was read out at assembly.") == ["Brodie"]
    assert _names("Thank you to Morven's Mum for running the bake sale stall!") == ["Morven"]


def test_a_visitor_introduced_with_a_surname_is_the_same_person_later() -> None:
    assert _names("Isla Gray from the library came to read stories with us. Thank you, Isla!") == []
    assert _names("Isla Gray, our librarian, visited P5. Isla in Skye class read first.") == ["Isla"]
    assert _names("Isla scored twice on Saturday, just like Isla Gray!") == ["Isla"]
    assert _names("Isla G from Skye class won an award. Isla, you're a legend!") == ["Isla G", "Isla"]


def test_a_name_defined_as_a_place_or_a_word_is_not_a_child() -> None:
    assert _names("Iona is a small island off the Isle of Mull, famous for its abbey.") == []
    assert _names("Saoirse is the Irish word for freedom.") == []
    assert _names("Iona is a star! She won the poetry prize.") == ["Iona"]
    assert _names("Saoirse is the winner of our class quiz.") == ["Saoirse"]
