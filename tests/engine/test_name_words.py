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
