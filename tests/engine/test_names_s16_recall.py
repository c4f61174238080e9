"""Families of missed pupil names found on the development sets in the sixteenth session, tested
in new sentences on the development schools Larkfield (England), Kilcraig (Scotland), Ysgol y
Wawr and Ysgol Bryncelyn (Wales): each test is one family, read from grammar, with sentences of
the same shape where the word is not a child."""

from __future__ import annotations

from functools import partial

from tests.engine.dev_schools import names_found

_english = partial(names_found, "larkfield")
_scottish = partial(names_found, "kilcraig")
_welsh = partial(names_found, "ysgol-y-wawr")
_bryncelyn = partial(names_found, "ysgol-bryncelyn")


def test_a_bare_verb_after_a_list_of_names_is_their_verb() -> None:
    assert _english("Robin and Wren run in the 3pm race on Friday.") == ["Robin", "Wren"]
    assert _english("Daisy and Poppy sing at the carol concert tonight.") == ["Daisy", "Poppy"]
    # the same words as nouns: a noun follows, or a later verb makes the word its subject
    assert _english("Robin and Wren nest boxes are up in the wildlife garden.") == []
    assert _english("Amber and Jade paint pots need washing before Friday.") == []
    assert _english("Robin and Wren walk on Saturday starts at the church.") == []
    assert _english("Honey and Ginger bake sale raised £80.") == []


def test_a_welsh_verb_noun_after_where_the_children_are() -> None:
    assert _welsh("roedd hedd a celyn yn brysur yn yr ardd yn plannu cennin") == ["hedd", "celyn"]
    assert _welsh("roedd eira yn drwchus yn y bore yn disgyn ar y cae") == []
    assert _welsh("mae seren yn disgleirio yn yr awyr yn y nos") == []


def test_praise_for_a_doing_after_a_list_of_names_is_a_shout_out() -> None:
    assert _scottish("skye and rowan – great teamwork on the science investigation today.") == ["skye", "rowan"]
    assert _english("HOPE AND FAITH – WHAT A PERFORMANCE!") == ["HOPE", "FAITH"]
    assert _english("holly and ivy – great for winter colour in the garden.") == []
    assert _english("Daisy and Poppy – lovely flowers on the nature table.") == []
    assert _english("Rowan and Willow – great work from the volunteers who planted them.") == []


def test_a_year_group_right_after_a_name_is_the_childs() -> None:
    assert _bryncelyn("Mae Begw Blwyddyn 1 yn dod i'r ysgol heb gôt.") == ["Begw"]
    assert _bryncelyn("Mae Blwyddyn 3 yn cael picnic heddiw.") == []  # Welsh "is", not a name
    assert _english("May Year 2 reading list is in the book bags.") == []


def test_a_childs_work_before_the_name_in_welsh() -> None:
    assert _welsh("Mae gwaith Derwen ar goed brodorol Cymru yn cael ei arddangos yn y neuadd.") == ["Derwen"]
    assert _welsh("Roedd y llun Seren Fore yn hyfryd iawn yn yr oriel.") == []  # a title, after "y"
    assert _welsh("Dyma gerdd Hedd Wyn am y rhyfel.") == []  # a poet's full name
    assert _welsh("Ddydd Llun Awel yn y neuadd am naw.") == []


def test_a_young_child_in_a_role_and_a_childs_poem() -> None:
    assert _scottish("Our wee P5 author Lewis has finished his first chapter book.") == ["Lewis"]
    assert _scottish("Budding poet Skye read her poem at assembly.") == ["Skye"]
    assert _scottish("Skye's poem about the ferry was read out at assembly.") == ["Skye"]
    assert _scottish("We welcomed poet Morven to assembly.") == []
    assert _scottish("Local artist Skye Brown painted our mural.") == []
