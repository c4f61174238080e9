"""English pupils' names that are also words, read from the grammar around them (the twelfth
session's families), on the development schools of the two word-names probes
(``evaluation/dev/wordnames-probe-2``, Stoke, and ``evaluation/dev/wordnames-probe``): each test
is one family, with the near miss it must leave alone. The sentences are written for the tests."""

from __future__ import annotations

from functools import partial

from safepost.engine.names.shapes import _STRONG_CUE
from tests.engine.dev_schools import names_found

_stoke = partial(names_found, "wordnames-probe-2")
_vale = partial(names_found, "wordnames-probe")
_welsh = partial(names_found, "ysgol-y-wawr")


def test_a_word_name_listed_after_a_pupil_named_in_full_is_a_child() -> None:
    # "Bird" is a word, but here it is Poppy Bird's surname: the list is of children
    assert _stoke("Thank you to Poppy Bird and Daisy for watering the tomatoes.") == ["Poppy Bird", "Daisy"]
    assert _stoke("Team captains this week: Ruby Khan and Dove.") == ["Ruby Khan", "Dove"]
    assert _stoke("Our art table has a Bird and Daisy collage.") == []


def test_a_persons_verb_after_a_list_or_after_has_makes_the_word_name_a_child() -> None:
    assert _stoke("autumn and robin won the spelling quiz.") == ["autumn", "robin"]
    assert _stoke("Summer has written a song for the leavers' assembly.") == ["Summer"]
    assert _stoke("Summer has arrived at last!") == []


def test_a_season_that_comes_or_is_spoken_of_as_a_season_is_the_time_of_year() -> None:
    assert _stoke("Autumn has arrived in Wrens class: we collected conkers.") == []
    assert _stoke("Year 2 have been learning about the four seasons, and Autumn is our favourite.") == []
    assert _stoke("Year 2 learnt about the seasons and Autumn from Herons painted the trees.") == ["Autumn"]


def test_one_season_of_a_sport_or_an_earlier_sentence_leaves_the_child() -> None:
    # a child's evidence outweighs the topic, and the topic ends with its sentence; one sport's
    # "season" is not the seasons as a set
    assert _stoke("What a football season! Autumn from Year 6 was player of the match.") == ["Autumn"]
    assert _stoke("The rugby season is over. Summer in Kestrels got the trophy.") == ["Summer"]
    assert _stoke("Our netball season ended and Summer scored twice.") == ["Summer"]
    assert _stoke("Well done Autumn for learning all the seasons!") == ["Autumn"]
    assert _stoke("Autumn's painting of the seasons is in the hall.") == ["Autumn"]


def test_an_imperative_that_takes_a_person_opens_no_phrase_with_the_word_name() -> None:
    assert _stoke("Ask Hunter about his trip to the castle!") == ["Hunter"]
    assert _stoke("Hunter green paint is on the shopping list.") == []


def test_names_listed_after_a_staff_group_are_adults_even_with_an_unknown_name_among_them() -> None:
    assert _stoke("Thanks to our wonderful volunteers, Sandra, Joy and Faith, for running the raffle.") == []
    assert _stoke("Thanks to Joy and Faith for running the raffle.") == ["Joy", "Faith"]


def test_a_known_short_form_before_a_name_makes_it_someone_elses_surname() -> None:
    assert _stoke("Year 6 danced to Bob Marley in music.") == []
    assert _stoke("Marley danced to reggae in music.") == ["Marley"]


def test_a_famous_full_name_held_up_as_a_judge_is_the_star() -> None:
    assert _stoke("What a volley from the edge of the box. Harry Kane would be proud!") == []
    assert _stoke("Harry Kane scored twice at lunchtime!") == ["Harry Kane"]


def test_a_name_on_a_label_is_a_child_and_a_name_discussed_is_not() -> None:
    assert _stoke("Found: a water bottle with the name Lily on it.") == ["Lily"]
    assert _stoke("Lily is the name of our class tortoise.") == []


def test_a_childs_house_or_a_star_role_makes_a_lower_case_word_name_a_child() -> None:
    assert _stoke("we had a sleepover at penny's house.") == ["penny"]
    assert _stoke("rocky is our star of the week!") == ["rocky"]
    assert _stoke("our class hamster rocky had a busy weekend.") == []


def test_a_plant_that_is_out_on_the_hills_is_in_flower() -> None:
    assert _stoke("Blossom is out on the cherry trees by the gate.") == []
    assert _stoke("Blossom is out on the playground with her friends.") == ["Blossom"]


def test_a_cue_before_a_list_outweighs_the_plants_it_pairs_with() -> None:
    assert _vale("Well done to holly and Hunter in Oak Class.") == ["holly", "Hunter"]
    assert _vale("We hung holly and ivy round the hall.") == []


def test_a_name_after_in_is_a_place_and_after_buying_a_thing() -> None:
    assert _vale("Our penpals in Dallas wrote back to us.") == []
    assert _vale("Dallas wrote back to his penpal.") == ["Dallas"]
    assert _vale("We bought Apple juice for the stall.") == []
    assert _vale("We bought Apple a birthday card.") == ["Apple"]


def test_english_a_before_a_capitalised_word_name_makes_a_thing_but_welsh_a_is_and() -> None:
    assert _vale("Thank you for the Harvest gifts, every one a Blessing.") == []
    assert _vale("Thank you to Blessing for the Harvest gifts.") == ["Blessing"]
    assert _welsh("Llongyfarchiadau i Seren a Haf am ennill y ras!") == ["Seren", "Haf"]
    assert _welsh("Roedd Gwawr a Haf yn canu yn y cyngerdd.") == ["Gwawr", "Haf"]


def test_the_capital_of_a_country_is_a_place() -> None:
    assert _vale("London is the capital of England.") == []
    assert _vale("London is our class captain.") == ["London"]


def test_a_hyphened_brand_makes_a_list_of_brands() -> None:
    assert _vale("Bentley, Harley-Davidson and Morgan cars at the show.") == []


def test_the_strong_cue_takes_the_name_after_a_baby_brother_not_brother() -> None:
    assert [m.group(1) for m in _STRONG_CUE.finditer("his baby brother tiernan")] == ["tiernan"]
    assert [m.group(1) for m in _STRONG_CUE.finditer("welcome baby arran")] == ["arran"]
    assert [m.group(1) for m in _STRONG_CUE.finditer("her baby sister's cot")] == []
    assert _stoke("Hope's baby brother Tiernan was born on Sunday!") == ["Hope", "Tiernan"]


def test_inviting_a_season_opens_no_child_and_a_child_bought_something_stays_a_child() -> None:
    # "invite" takes a season or an event as well as a person: it is no imperative of a person
    assert _stoke("Invite Summer into your classroom this term!") == []
    assert _stoke("Ask Hunter about his trip to the castle!") == ["Hunter"]
    # a second object after the name: the child is the one bought for
    assert _stoke("Her class bought Lily flowers for her birthday.") == ["Lily"]
    assert _stoke("Her friends bought Lily sweets.") == ["Lily"]
    # near miss: the name is the thing bought
    assert _stoke("We bought Apple juice for the party.") == []
