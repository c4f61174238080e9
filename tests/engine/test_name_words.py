"""Names that are also everyday words, decided from shipped English and Welsh word lists for any
roster (``training/wordlists.py`` builds them), not from a hand-kept list of names."""

from __future__ import annotations

from safepost.engine import Draft, check, load_policy
from safepost.engine.functional import school
from safepost.engine.names import lexicon


def _names(text: str) -> list[str]:
    report = check(Draft(id="t", text=text), school(), load_policy("default"))
    return [text[f.start : f.end] for f in report.findings if f.rule == "pupil-name" and f.start is not None]


def test_it_knows_welsh_and_english_everyday_words_from_the_shipped_lists() -> None:
    for word in ("heulwen", "eira", "haf", "seren", "awel", "glain"):
        assert word in lexicon.welsh_words(), word
    for word in ("hope", "grace", "river", "rowan"):
        assert word in lexicon.english_words(), word
    for name in ("cadi", "tomos", "amelia", "nia"):
        assert not lexicon.is_everyday_word(name), name


def test_it_reads_a_welsh_word_opening_a_sentence_as_the_word() -> None:
    assert _names("Eira ar y mynydd heddiw, gwisgwch gotiau cynnes!") == []
    assert _names("Heulwen braf ar gyfer y mabolgampau.") == []


def test_it_still_finds_a_word_name_in_a_naming_context() -> None:
    assert _names("Da iawn Heulwen!") == ["Heulwen"]
    assert _names("Hope in Year 3 read beautifully in assembly.") == ["Hope"]
    assert _names("Seren a Tomos enillodd y ras.") == ["Seren", "Tomos"]


def test_it_reads_a_lower_case_everyday_word_as_the_word() -> None:
    assert _names("The rowan tree by the gate is full of berries.") == []
    assert _names("We hope you all have a lovely half term.") == []


def test_it_ships_sorted_folded_word_lists_with_their_notice() -> None:
    from importlib import resources

    data = resources.files("safepost.engine.names").joinpath("data")
    for name in ("words_en.txt", "words_cy.txt"):
        words = data.joinpath(name).read_text(encoding="utf-8").split("\n")[:-1]
        assert words == sorted(set(words)), f"{name} must be sorted and unique (python -m training.wordlists)"
        assert all(w.isascii() and w.isalpha() and w.islower() for w in words), name
    assert "GPL" in data.joinpath("WORDLISTS-NOTICE.txt").read_text(encoding="utf-8")


def _on_second_school(text: str) -> list[str]:
    from safepost.engine.functional_heldout import school as second_school

    report = check(Draft(id="t", text=text), second_school(), load_policy("default"))
    return [text[f.start : f.end] for f in report.findings if f.rule == "pupil-name" and f.start is not None]


def test_it_knows_welsh_words_from_the_spelling_dictionary_but_not_its_names() -> None:
    for word in ("gwawr", "tirion", "enfys", "briallen", "celyn"):
        assert word in lexicon.welsh_words(), word
    for name in ("mali", "dewi", "cadi", "lowri", "gethin"):  # capitalised, or a mutated "cethin"
        assert name not in lexicon.welsh_words(), name


def test_it_reads_welsh_word_names_as_words_without_a_cue() -> None:
    for text in ("Gwawr hyfryd dros y bae bore 'ma.", "Tywydd tirion i'r mabolgampau heddiw.",
                 "Mae enfys ar bob ffenest yn y dosbarth.", "Celyn ac iorwg ar gyfer y torchau Nadolig.",
                 "Briallen a chennin Pedr yn blodeuo yn yr ardd."):
        assert _on_second_school(text) == [], text
    assert _on_second_school("Llongyfarchiadau mawr i Gwawr am ennill!") == ["Gwawr"]
    assert _on_second_school("Tirion o Flwyddyn 4 oedd seren yr wythnos.") == ["Tirion"]


def test_it_weighs_a_naming_cue_and_a_verb_over_a_words_neighbours() -> None:
    assert _on_second_school("so proud of joy x") == ["joy"]
    assert _on_second_school("May painted a beautiful sunset in art today.") == ["May"]
    assert _on_second_school("May we remind parents that the gates close at 8.55.") == []


def test_it_reads_pets_houses_characters_and_titles_as_no_child() -> None:
    for text in ("Meet Bonnie, our new school therapy dog!", "Ein ci ysgol, Celyn, yn mwynhau'r haul.",
                 "Class hamster\nBonnie", "Tŷ Celyn won the Eisteddfod shield.",
                 "Year 4 watched Inside Out and talked about Joy and Sadness.",
                 "Our book of the week is Willow and the Wishing Well."):
        assert _on_second_school(text) == [], text
    assert _on_second_school("Awarded to\nSummer TeuluI") == ["Summer TeuluI"]


def test_it_reads_a_word_name_inside_a_phrase_that_opens_the_sentence_as_the_word() -> None:
    assert _names("Gwyliau Haf hapus i bawb!") == []
    assert _names("Wythnos Awel y Môr: prosiect celf.") == []
    assert _names("Clever Hope solved the puzzle.") == ["Hope"]
    assert _names("Go Hope and Tomos!") == ["Hope", "Tomos"]


def test_it_reads_a_welsh_word_name_before_yn_as_a_child() -> None:
    assert _names("Seren yn canu yn y côr.") == ["Seren"]  # "X yn canu": the progressive, a person


def test_which_names_are_words_comes_from_the_lists_not_a_list_of_names() -> None:
    assert not hasattr(lexicon, "WORD_NAMES") and not hasattr(lexicon, "FREQUENT_WORD_NAMES")
    for word in ("hope", "poppy", "seren", "eira", "may", "june"):
        assert lexicon.is_word_name(word), word
    for name in ("amelia", "cadi", "skye", "bonnie"):  # no dictionary holds them as words
        assert not lexicon.is_word_name(name), name


def test_wordfreq_tells_a_word_too_frequent_for_a_file_name_alone() -> None:
    for word in ("will", "hope", "river", "summer"):
        assert lexicon.is_frequent_english_word(word), word
    for word in ("poppy", "jack", "harry", "amber"):  # names wordfreq counts less often
        assert not lexicon.is_frequent_english_word(word), word


def test_common_names_that_are_english_words_need_a_strong_cue() -> None:
    assert {"poppy", "teddy", "jack"} <= lexicon.common_word_names()
    assert "tomi" in lexicon.common_first_names()  # a Welsh word only: read as any other name
    assert not lexicon.common_word_names() & lexicon.common_first_names()
