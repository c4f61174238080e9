"""English pupils' names that are also words (Hope, Faith, Frank, Ruby, May), on the development
school Larkfield (``evaluation/dev/larkfield``): each test is one cue, with the word it must leave alone."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_names = partial(names_found, "larkfield")


def test_a_phrase_that_introduces_a_person_makes_the_word_name_a_child() -> None:
    assert _names("huge thanks to joy and amber for running the tombola on friday!!") == ["joy", "amber"]
    assert _names("Joy to the World rang out at the Christmas concert.") == []


def test_a_relative_who_makes_the_word_name_a_child() -> None:
    assert _names("Hope, who has been poorly, is back with us today.") == ["Hope"]
    assert _names("Hope you all had a lovely half term.") == []


def test_a_personal_pronoun_after_the_word_name_makes_it_a_child() -> None:
    assert _names("We are all thinking of Faith and her family this week.") == ["Faith"]
    assert _names("Summer term has started and Summer has already finished her first project!") == ["Summer"]
    assert _names("Faith and worship: our theme this half term is forgiveness.") == []


def test_a_verb_whose_subject_is_a_person_makes_the_word_name_a_child() -> None:
    assert _names("Frank gave a very frank talk about recycling in assembly.") == ["Frank"]
    assert _names("Joy all round at the disco, and Joy won the dance-off!") == ["Joy"]
    assert _names("To be frank, the parking on Mill Lane has become dangerous.") == []


def test_a_child_who_acts_is_not_one_of_a_list_of_things() -> None:
    assert _names("Lily painted a lily, Rose painted a rose and Violet painted violets.") == ["Lily", "Rose", "Violet"]
    assert _names("Rose, lavender and sage are flowering in the herb garden.") == []


def test_a_house_after_from_makes_the_name_before_it_a_child() -> None:
    assert _names("Ruby from Ruby House won the most house points this week!") == ["Ruby"]
    assert _names("Congratulations to Ruby House, who won the house cup!") == []


def test_a_month_is_the_month_only_when_a_number_touches_it() -> None:
    assert _names("Raffle winners: May (Y2), April (Y5) and June (Reception).") == ["May", "April", "June"]
    assert _names("Sports day is on 18 June, or the 3rd of July if it rains; reports go home April 2nd.") == []


def test_a_name_before_by_and_an_authors_full_name_is_a_title() -> None:
    assert _names("Year 5 have loved reading Matilda by Roald Dahl this term.") == []
    assert _names("A drawing of the castle by Matilda, our Year 2 artist.") == ["Matilda"]


def test_a_sentence_opening_word_before_an_activity_noun_is_the_word() -> None:
    assert _names("Clay modelling workshop for Year 3 on Wednesday.") == []
    assert _names("Clay holding the trophy after the cross-country race.") == ["Clay"]


def test_an_animal_called_by_a_word_name_is_a_pet() -> None:
    assert _names("Our class hamster is called Ruby.") == []
    assert _names("Our newest pupil is called Ruby.") == ["Ruby"]


def test_a_title_after_a_word_for_a_work_is_no_child() -> None:
    assert _names("Year 1 loved reading Rosie's Walk and Daisy's Big Day.") == []
    assert _names("We loved the film Matilda.") == []
    assert _names("Tickets for Peter and the Wolf are on sale.") == []
    assert _names("Reception read Poppy the Pirate Dog today.") == []
    assert _names("Will the Year 6 pupils please bring coats.") == []


def test_a_name_or_a_class_after_and_or_in_is_no_title() -> None:
    # "reading ... and Faith" looked like "reading Esme and the Lantern Tree"
    assert _names("We love reading with Hope and Faith every Friday.") == ["Hope", "Faith"]
    assert _names("Year 2 read with Amber in Reception today.") == ["Amber"]


def test_a_person_cue_gives_way_to_a_proper_noun_phrase() -> None:
    assert _names("Thanks to River Island for the vouchers!") == []
    assert _names("Will Smith and his family were in the film.") == []


def test_names_listed_after_an_animal_word_are_animals() -> None:
    assert _names("Our hens, Ruby and Pearl, laid their first eggs!") == []
    assert _names("Our chickens Hazel and Ivy are settling in.") == []
    assert _names("Say hello to Daisy, the farm's newest calf!") == []
    assert _names("Congratulations to Ruby and Pearl for their hen house project.") == ["Ruby", "Pearl"]


def test_a_word_name_given_as_a_value_or_a_theme_is_the_word() -> None:
    assert _names("Our Christian value this half term is Hope.") == []
    assert _names("This week's value: Faith.") == []
    assert _names("Virtue of the week – Patience") == []
    assert _names("Star of the week: Grace!") == ["Grace"]
    assert _names("Our values ambassador this term is Hope.") == ["Hope"]
    assert _names("Patience is one of our school values this term.") == []
    assert _names("Grace is one of our new pupils.") == ["Grace"]


def test_a_word_name_listed_with_capitalised_words_is_one_of_them() -> None:
    assert _names("Our school values are Respect, Hope, Kindness and Courage.") == []
    assert _names("Hope, Grace and Olivia won the relay.") == ["Hope", "Grace", "Olivia"]
    assert _names("Well done to Ruby, Amber and Team Blue!") == ["Ruby", "Amber"]


def test_a_name_after_of_and_a_capitalised_noun_is_part_of_a_title() -> None:
    assert _names("The Gospel of Mark tells the story of Jesus.") == []
    assert _names("Year 4 read the Book of Ruth.") == []
    assert _names("Photos of Grace and Amber at the gala.") == ["Grace", "Amber"]
    assert _names("Congratulations to our Head of School, Hope!") == ["Hope"]


def test_a_word_name_hyphened_to_a_lower_case_word_is_a_compound() -> None:
    assert _names("Sky-high ambition from Year 6!") == []
    assert _names("Summer-born children start in September.") == []
    assert _names("Well done to Ruby-Rose and Sky!") == ["Ruby", "Rose", "Sky"]


def test_a_pronoun_takes_up_the_name_only_in_its_own_clause_and_not_after_a_verb() -> None:
    assert _names("Hope she had a lovely birthday!") == []
    assert _names("Mark his name on the register, please.") == []
    assert _names("Will your child need his PE kit on Monday?") == []
    assert _names("Joy to the World, she sang, and the hall went quiet.") == []


def test_a_name_after_a_word_for_a_work_with_a_verb_after_it_is_the_author() -> None:
    assert _names("The story Ruby wrote was brilliant.") == ["Ruby"]
    assert _names("Our class book Faith chose is about space.") == ["Faith"]
    assert _names("The book Matilda is a favourite in Year 4.") == []


def test_a_person_cue_alone_does_not_outweigh_the_words_own_next_word() -> None:
    assert _names("Thank you to Summer term helpers.") == []
    assert _names("Thank you to Summer for helping.") == ["Summer"]
    assert _names("Grace is one of our values ambassadors.") == ["Grace"]


def test_a_month_the_sentence_calls_a_month_is_the_month() -> None:
    assert _names("June is a busy month, so please check the calendar.") == []
    assert _names("May is our pupil of the month!") == ["May"]
    assert _names("Our baby June was born last month!") == ["June"]
