"""Families of pupil-name mistakes found on three schools written by other voices (Kingfisher
Lane, Leicester; Larchfield, Birmingham; Lochbrae, Scotland; and one from Rhosfach,
Pembrokeshire), tested in new sentences on the development schools Larkfield (England), Kilcraig
(Scotland) and Ysgol y Wawr (Wales): each test is one family."""

from __future__ import annotations

from functools import partial

from safepost.engine import Draft, check, load_policy
from safepost.engine.draft import DraftImage
from tests.engine.dev_schools import dev_school, names_found

_english = partial(names_found, "larkfield")
_scottish = partial(names_found, "kilcraig")
_welsh = partial(names_found, "ysgol-y-wawr")


def test_a_famous_namesake_is_read_from_how_the_post_speaks_of_them() -> None:
    # a pupil's own full name, said of a star
    assert _english("Could one of our sprinters be the next Jack Nowak? Trials are on Friday.") == []
    assert _english("Year 4 are reading Rose Bennett's autobiography in guided reading.") == []
    assert _english("Oak class adored Ruby Haigh's 'The Secret of the Silver Kite' this week.") == []
    assert _english("Film night on Friday: 'Ocean Rescue' (PG), starring Mark Barker, in the hall.") == []
    assert _english("Our new coach once played alongside Mark Barker himself!") == []
    assert _english("A brilliant race from Ash class. Rose Bennett, eat your heart out!") == []
    assert _english("Look out for a shirt signed by Mark Barker in the raffle.") == []
    assert _scottish("P6 have been studying Bruce Burns this term: poems, songs and a wee ceilidh.") == []
    assert _scottish("P7 wrote letters to Lewis Stewart asking how to train for a marathon.") == []
    assert _english("We loved the visit from Rose Bennett, the children's author, on Tuesday.") == []
    assert _english("P.E. was extra special: the famous Jack Nowak ran laps with us!") == []
    assert _english("Rose Bennett, the team captain, lifted the cup for Oak class.") == ["Rose Bennett"]
    assert _english("Was that Jack Nowak at sports day? No, it was our very own Jack winning the sack race!") == [
        "Jack"]
    # the same pupils, named as children, are still found
    assert _english("Jack Nowak scored twice for the Year 6 team on Saturday.") == ["Jack Nowak"]
    assert _english("Our nativity, starring Ruby Haigh as Mary, is on Thursday.") == ["Ruby Haigh"]
    assert _english("Rose Bennett's poem won the school prize.") == ["Rose Bennett"]
    assert _english("Jack Nowak himself came up to collect the trophy!") == ["Jack Nowak"]


def test_a_list_of_names_given_as_names_or_words_is_no_child() -> None:
    assert _english("Hope, Joy and Patience are the three words on our new banner.") == []
    assert _english("Storm, River, Rocky, Sage... just some of the names Year 2 chose for the class tortoise.") == []
    # a list of children that goes on to other words stays children
    assert _english("Hope, Joy and Patience wrote the words for our new banner.") == ["Hope", "Joy", "Patience"]


def test_a_list_of_names_before_a_noun_describes_it() -> None:
    assert _english("Ruby, Amber and Jade group readers will get new books on Monday.") == []
    assert _english("The museum lent us genuine Ruby and Pearl necklaces to study.") == []
    # a verb after a list of children, or an object after the word, keeps them children
    assert _english("Ruby and Pearl collected the medals for Oak class.") == ["Ruby", "Pearl"]


def test_a_long_list_item_ends_the_list_and_a_date_is_no_brand() -> None:
    assert _english("Happy birthday to Ella and Noah, who share a birthday, 3rd March!") == ["Ella", "Noah"]
    assert _english("Ella and Noah are reading their stories at the Central Library now, Floor 2, Children's Library.") == [
        "Ella", "Noah"]


def test_an_adverb_after_an_opening_word_name_makes_a_person() -> None:
    assert _english("Hope finally reached the top of the climbing wall today!") == ["Hope"]
    assert _english("Patience slowly built the tallest tower in the class.") == ["Patience"]
    # a month or a season arrives: the time, not a child
    assert _english("Summer finally arrived at the allotment this week!") == []


def test_a_word_names_possessive_before_a_childs_thing_is_a_child() -> None:
    assert _english("What a lovely day for hope's birthday picnic on the field.") == ["hope"]
    assert _english("The summer's first swallows are back in the playground.") == []


def test_a_child_from_another_school_named_by_the_school() -> None:
    assert _welsh("Roedd Elin a Twm o Ysgol Penglais yn chwarae gyda ni heddiw.") == ["Elin", "Twm"]
    assert _english("Well played to Zara and Mia from Hillside Primary in the friendly match.") == ["Zara", "Mia"]


def test_a_shout_out_after_a_list_of_names_is_no_noun_they_describe() -> None:
    # "Holly, Amber and Jade band readers" describes a noun; praise after a list does not
    assert _english("Ella, Noah and Zara brilliant work in maths today!") == ["Ella", "Noah", "Zara"]
    assert _english("Jack Nowak won the cross-country. Our very own Jack is off to the county final!") == [
        "Jack Nowak", "Jack"]


def test_a_birth_announced_names_a_child_not_on_the_roster() -> None:
    assert _scottish("Welcome to the world, wee Marsali! Congratulations to Isla on becoming a big sister.") == [
        "Marsali", "Isla"]


def test_a_name_on_a_lost_labelled_item_is_a_child() -> None:
    assert _scottish("Found: a navy fleece with Eachann's name on the label. Please collect from the office.") == [
        "Eachann"]


def test_a_titles_last_word_before_an_event_noun_makes_a_title() -> None:
    assert _english("It's Robin to the Rescue week in Reception: capes on!") == []
    # a child at an event named with capitals stays a child
    assert _english("Ella in the Harvest service sang beautifully.") == ["Ella"]
    assert _english("Noah at the Christmas concert was a star!") == ["Noah"]


def test_a_file_name_word_holds_no_glued_name() -> None:
    draft = Draft(id="t", text="Our island maps are up!", images=(DraftImage(filename="hebrides_islands_map.jpg"),))
    report = check(draft, dev_school("kilcraig"), load_policy("default"))
    assert [f for f in report.findings if f.rule == "pupil-name"] == []  # "islands" holds no "isla"


def test_a_softened_name_after_welsh_praise_is_the_child_addressed() -> None:
    assert _welsh("Am lun hyfryd o'r castell. Da iawn Domos!") == ["Domos"]
    assert _welsh("Diolch Wen am helpu yn y llyfrgell heddiw.") == ["Wen"]
