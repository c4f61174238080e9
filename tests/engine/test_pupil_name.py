"""The pupil-name rule (PUP001): what it finds, what it leaves alone, and what each finding says.

Most behaviour is in the case file (``cases/pupil-name.yaml``); these tests cover the finding's
wording and fix, the index, Welsh mutations, and span properties under any Unicode.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safepost.engine import load_policy, load_school
from safepost.engine.findings import Hit
from safepost.engine.names import How, build_index, lexicon, school_index, welsh
from safepost.engine.rules import Env, Field, FieldKind
from safepost.engine.rules.pupil_name import PupilName
from safepost.engine.school import Pupil, SchoolContext, StaffMember
from safepost.engine.textnorm import fold

REPO = Path(__file__).resolve().parents[2]
SCHOOL = load_school(REPO / "examples" / "school")
ENV = Env(school=SCHOOL, policy=load_policy("default"))
RULE = PupilName()


def hits(text: str, kind: FieldKind = FieldKind.TEXT) -> list[Hit]:
    return list(RULE.find(Field("text", kind, text), ENV))


def excerpts(text: str, kind: FieldKind = FieldKind.TEXT) -> list[str]:
    return [text[h.start : h.end] for h in hits(text, kind) if h.start is not None and h.end is not None]


def test_it_says_which_year_and_class_without_naming_the_pupil() -> None:
    [hit] = hits("Congratulations to Olivia Sutcliffe on her county swim!")
    assert hit.message == "Names a pupil (Year 6, Herons)"
    assert "Olivia" not in hit.message and "Olivia" not in hit.explanation
    assert "Sutcliffe" not in hit.explanation
    assert hit.fix is not None and hit.fix.replacement == "a Year 6 pupil" and hit.fix.safe is False
    assert hit.confidence > 0.9


def test_it_gives_children_not_on_the_roster_lower_confidence() -> None:
    [hit] = hits("Welcome to our new starter Kacper!")
    assert hit.message == "Names a child who is not on the roster"
    assert hit.confidence == pytest.approx(0.6)
    assert hit.fix is not None and hit.fix.replacement == "a child"


def test_it_marks_only_the_name_in_a_possessive() -> None:
    assert excerpts("Has anyone seen Grace's red coat?") == ["Grace"]


def test_it_marks_the_whole_hashtag_and_suggests_dropping_it() -> None:
    [hit] = hits("Brilliant week! #WellDoneAmelia")
    assert (hit.start, hit.end) == (16, 31)
    assert hit.fix is not None and hit.fix.replacement == ""


def test_it_marks_only_the_name_part_of_a_file_name() -> None:
    assert excerpts("zosia_nowak_sports_day.jpg", FieldKind.FILENAME) == ["zosia_nowak"]
    assert excerpts("IMG_2231.jpeg", FieldKind.FILENAME) == []
    [hit] = hits("GraceWhitworthCertificate.png", FieldKind.FILENAME)
    assert hit.fix is not None and hit.fix.replacement == "pupil"


def test_it_finds_nicknames_and_formal_names() -> None:
    assert excerpts("Liam and Mohammed painted the mural.") == ["Liam", "Mohammed"]
    assert excerpts("Well done Elizabeth for your poem") == ["Elizabeth"]


def test_it_tells_a_staff_title_from_a_pupil_with_the_same_first_name() -> None:
    assert excerpts("Miss Rachel read to Wrens.") == []
    assert excerpts("Rachel from Wrens read to us.") == ["Rachel"]


def test_it_finds_disguised_names() -> None:
    assert excerpts("Well done O\u200bl\u200bi\u200bv\u200bi\u200ba") == ["O\u200bl\u200bi\u200bv\u200bi\u200ba"]
    assert excerpts("Well done О l i v i a!") == ["О l i v i a"]  # Cyrillic О, spaced out
    assert excerpts("WELL DONE SIÔN PRITCHARD") == ["SIÔN PRITCHARD"]


def test_it_leaves_initials_alone() -> None:
    assert excerpts("O.P. and J.G. ran the tuck shop.") == []


def test_a_mutated_word_leads_back_to_its_radicals_the_same_each_time() -> None:
    assert {"cennin"} <= welsh.radicals("chennin")
    assert {"gwawr"} <= welsh.radicals("wawr")
    assert welsh.radicals("chennin") is welsh.radicals("chennin")  # cached: asked around every name
    with pytest.raises(AttributeError):
        welsh.radicals("wawr").add("x")  # type: ignore[attr-defined]  # shared, so never changed
    assert welsh.in_any_form("gath", {"cath"}) and not welsh.in_any_form("gath", {"ci"})


def test_it_mutates_welsh_names() -> None:
    assert welsh.mutate("cadi", welsh.Mutation.ASPIRATE) == "chadi"
    assert welsh.mutate("tomos", welsh.Mutation.SOFT) == "domos"
    assert welsh.mutate("tomos", welsh.Mutation.NASAL) == "nhomos"
    assert welsh.mutate("llew", welsh.Mutation.SOFT) == "lew"
    assert welsh.mutate("alys", welsh.Mutation.SOFT) is None
    # a mutated form only counts after a word that causes it
    assert excerpts("Da iawn Seren a Chadi") == ["Seren", "Chadi"]
    assert excerpts("Chadi is a word we made up") == []


def test_it_builds_the_index_once_per_school() -> None:
    school = SchoolContext(name="Test", pupils=SCHOOL.pupils, staff=SCHOOL.staff)
    assert school_index(school) is school_index(school)
    index = build_index(school)
    assert index.entries["millie"][0].how is How.NAME
    assert index.entries["billy"][0].how is How.NICKNAME
    assert "rachel" in index.staff_first and "marsden" in index.staff_last


def test_it_keeps_everyday_words_out_of_the_common_name_list() -> None:
    common = lexicon.common_first_names()
    assert "kacper" in common and "will" not in common and "may" not in common


def test_it_copes_with_an_empty_roster() -> None:
    env = Env(school=SchoolContext(name="Empty"), policy=ENV.policy)
    assert list(RULE.find(Field("text", FieldKind.TEXT, "Well done Kacper!"), env))
    assert not list(RULE.find(Field("text", FieldKind.TEXT, "Hello world"), env))


def test_it_finishes_quickly_on_a_huge_input() -> None:
    text = ("Will you A m e l i a #WellDone " * 5000) + "x" * 100000
    assert len(hits(text)) > 0


ROSTER_NAMES = ["Millie", "Amelia Hartley", "Will", "Siôn", "Zosia", "Mo", "Olivia S.", "Harry Crossley"]
NOISE = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(NOISE, st.sampled_from(ROSTER_NAMES)), max_size=8))
def test_it_reports_spans_inside_the_original_text(parts: list[str]) -> None:
    text = " ".join(parts)
    index = school_index(SCHOOL)
    keys = {k.replace(" ", "") for k in index.entries} | set(index.surnames)
    for hit in hits(text) + hits(text, FieldKind.FILENAME):
        assert hit.start is not None and hit.end is not None
        assert 0 <= hit.start < hit.end <= len(text)
        letters = re.sub(r"[^a-z]", "", fold(text[hit.start : hit.end]).text)
        assert any(k in letters for k in keys), (text, hit)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["Millie", "Zosia", "Siôn", "Olivia"]), st.sampled_from(["\u200b", "\u00ad", "\u2060"]))
def test_it_finds_a_name_with_invisible_characters_anywhere(name: str, invisible: str) -> None:
    disguised = invisible.join(name)
    text = f"Well done {disguised} for a brilliant week!"
    assert excerpts(text) == [disguised]


@pytest.mark.parametrize(
    "flood",
    ["a." * 200_000, "Will May " * 40_000, "Amelia " * 50_000, "Amelia and Kacper, " * 20_000, "s h " * 100_000],
    ids=["dots", "word-names", "names", "lists", "spaced"],
)
def test_it_stays_linear_on_a_flood_of_names(flood: str) -> None:
    import time

    started = time.process_time()
    found = hits(flood)
    assert time.process_time() - started < 10
    assert all(h.start is not None and h.end is not None and h.end <= len(flood) for h in found)


# A second invented school whose names are words, plants and shades, with a class called Holly.
_WORDY = [
    ("Hunter", "Price", "Hunter", "Holly"), ("Ivy", "Lane", "Ivy", "Holly"), ("Ruby", "Shah", "Ruby", "Oak"),
    ("Arthur", "Bell", "Arthur", "Oak"), ("Oliver", "Grant", "Olly", "Holly"), ("Evie", "Carter", "Evie", "Oak"),
    ("Nathaniel", "Boyd", "Nathaniel", "Oak"), ("Mary", "Owusu", "Mary", "Holly"),
]
WORDY = SchoolContext(
    name="Wordy",
    pupils=tuple(Pupil(f"W{i}", f, last, p, "Year 2", c, {}) for i, (f, last, p, c) in enumerate(_WORDY)),
    staff=(StaffMember("WS1", "Mrs", "Dana", "Webb", "Teacher"),),
)
WORDY_ENV = Env(school=WORDY, policy=ENV.policy)


def wordy(text: str, kind: FieldKind = FieldKind.TEXT) -> list[str]:
    found = RULE.find(Field("text", kind, text), WORDY_ENV)
    return [text[h.start : h.end] for h in found if h.start is not None and h.end is not None]


def test_it_reads_a_name_before_a_colour_as_a_shade() -> None:
    assert wordy("Our new fleeces come in Hunter green with a Ruby red trim.") == []
    assert wordy("Well done Hunter for a brilliant save!") == ["Hunter"]


def test_it_reads_a_name_listed_with_plants_as_a_plant() -> None:
    assert wordy("We gathered Ivy, holly and fir cones for the wreaths.") == []
    assert wordy("Ivy and Ruby planted the bulbs.") == ["Ivy", "Ruby"]


def test_it_tells_the_part_in_a_play_from_the_child_playing_it() -> None:
    assert wordy("In our nativity Mary was played by Evie and Joseph by Olly.") == ["Evie", "Olly"]
    assert wordy("The part of Mary went to Evie.") == ["Evie"]


def test_it_leaves_book_titles_alone() -> None:
    assert wordy("Year 2 are reading Nathaniel and the Copper Kite this term.") == []
    assert wordy("We loved 'Nathaniel and the Copper Kite'.") == []
    assert wordy("'Evie was so brave,' said Mrs Webb.") == ["Evie"]


def test_it_never_reads_an_everyday_word_as_a_nickname() -> None:
    assert wordy("Our art gallery opens on Friday. Art week starts Monday.") == []
    assert wordy("Well done Arthur and Olly!") == ["Arthur", "Olly"]


def test_it_respects_word_edges_and_class_names_in_file_names() -> None:
    assert wordy("holly_class_kite_display.png", FieldKind.FILENAME) == []
    assert wordy("welldoneolly.jpg", FieldKind.FILENAME) == ["olly"]


def test_it_finds_new_babies_and_siblings_not_on_the_roster() -> None:
    assert wordy("Congratulations to Mrs Webb, whose little boy Teddy arrived on Sunday!") == ["Teddy"]
    assert wordy("Evie became a big sister to Jakub and Ola, born on Monday.") == ["Evie", "Jakub", "Ola"]


def test_it_takes_a_name_label_as_a_child() -> None:
    assert wordy("Name: Maisie Doyle") == ["Maisie"]
    assert wordy("The name Evie means life.") == []


def test_it_finds_misspelt_roster_names_in_comments() -> None:
    assert wordy("well done to nathanial and evie", FieldKind.COMMENT) == ["nathanial", "evie"]
    assert wordy("So proud of Oliverr today", FieldKind.COMMENT) == ["Oliverr"]
    assert index_hows(WORDY, "nathanial") == [How.TYPO]
    assert wordy("Our walk ended at Port Nathanael.") == []  # a capitalised word before: a place


def index_hows(school: SchoolContext, key: str) -> list[How]:
    return [e.how for e in school_index(school).entries.get(key, ())]


# A third invented school whose pupils are named after weather and nature words, with classes
# named after trees.
_NATURE = [
    ("Grace", "Baird", "Rowan"), ("Bay", "Munro", "Willow"), ("Heather", "Reid", "Rowan"), ("Skye", "Fraser", "Willow"),
    ("Bonnie", "Gunn", "Rowan"), ("Storm", "Kerr", "Willow"), ("Sandy", "Watt", "Larch"), ("Rain", "Ross", "Larch"),
    ("Callum", "Dunn", "Larch"),
]
NATURE = SchoolContext(
    name="Nature",
    pupils=tuple(Pupil(f"N{i}", f, last, f, "P3", c, {}) for i, (f, last, c) in enumerate(_NATURE)),
    staff=(StaffMember("NS1", "Mrs", "Fiona", "Blair", "Teacher"),),
)
NATURE_ENV = Env(school=NATURE, policy=ENV.policy)


def nature(text: str, kind: FieldKind = FieldKind.TEXT) -> list[str]:
    found = RULE.find(Field("text", kind, text), NATURE_ENV)
    return [text[h.start : h.end] for h in found if h.start is not None and h.end is not None]


def test_it_reads_a_word_name_inside_a_proper_noun_phrase_as_the_phrase() -> None:
    assert nature("On Burns Night the Selkirk Grace was recited by P7.") == []
    assert nature("Storm Bertha closed the school on Friday.") == []
    assert nature("Well done Grace for reciting the poem!") == ["Grace"]


def test_it_never_reads_a_lower_case_word_name_as_a_child_without_a_cue() -> None:
    assert nature("Please do not stop in the bus bay at home time.") == []
    assert nature("Sorry, there was rain again so sports day moved.") == []


def test_it_leaves_people_described_as_staff_alone() -> None:
    assert nature("Heather, Grace and Skye from our staff team will run the disco.") == []
    assert nature("Our teachers Heather and Skye took the P3 trip.") == []
    assert nature("Heather and Skye thanked their teachers.") == ["Heather", "Skye"]


def test_it_reads_a_word_name_describing_the_next_word_as_that_word() -> None:
    assert nature("Bonnie wee lambs came to visit P1 today!") == []
    assert nature("Sandy beaches next week!") == []
    assert nature("Storm warning: the school closes at noon.") == []
    assert nature("Storm scored the winning goal.") == ["Storm"]
    assert nature("Bonnie and Skye painted the mural.") == ["Bonnie", "Skye"]


def test_it_reads_a_class_introduced_as_a_class_as_no_child() -> None:
    assert nature("Our P3 class is called Rowan and P5 is Willow.") == []


def test_it_needs_a_whole_token_for_a_word_name_in_a_file_name() -> None:
    assert nature("p1_rainbow_collage.jpg", FieldKind.FILENAME) == []
    assert nature("rain_and_callum_baking.jpg", FieldKind.FILENAME) == ["rain", "callum"]


def test_it_finds_a_rare_name_after_baby_or_wee_brother() -> None:
    assert nature("Welcome to the world, baby Torquil!") == ["Torquil"]
    assert nature("Her wee brother Ruaraidh cheered her on.") == ["Ruaraidh"]
    assert nature("P1 sang Baby Shark at the concert.") == []
    [hit] = RULE.find(Field("text", FieldKind.TEXT, "Welcome baby Torquil!"), NATURE_ENV)
    assert hit.message == "Names a child who is not on the roster"
