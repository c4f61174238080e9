"""Folding keeps a map back to the original text, whatever Unicode comes in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from safepost.engine.textnorm import fold

# Letters, accents as separate marks, invisible characters, look-alikes, emoji and flags.
TRICKY = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.sampled_from(list("AmeliaSiônŵŷß\u0302\u200b\u200d\ufe0fаеорсİﬁＡ🏴\U000e0067👍🏽\n ")),
    ),
    max_size=60,
)


def test_it_folds_accents_case_and_homoglyphs() -> None:
    assert fold("Siôn").text == "sion"
    assert fold("ＡＭＥＬＩＡ").text == "amelia"
    assert fold("Аmеlia").text == "amelia"  # Cyrillic А and е


def test_it_drops_invisible_and_combining_characters() -> None:
    folded = fold("Ame\u200blia Sio\u0302n")
    assert folded.text == "amelia sion"
    start, end = folded.original_span(7, 11)
    assert folded.original[start:end] == "Sio\u0302n"


def test_it_maps_a_folded_span_back_to_the_original() -> None:
    text = "Well done Siôn! 🎉 Straße"
    folded = fold(text)
    i = folded.text.index("sion")
    assert folded.original_span(i, i + 4) == (10, 14)
    j = folded.text.index("strasse")
    assert text[slice(*folded.original_span(j, j + 7))] == "Straße"


def test_it_keeps_ascii_offsets_unchanged() -> None:
    folded = fold("Hello World")
    assert folded.text == "hello world"
    assert folded.original_span(6, 11) == (6, 11)


@settings(max_examples=300)
@given(TRICKY)
def test_it_always_has_one_start_per_folded_character(text: str) -> None:
    folded = fold(text)
    assert len(folded.starts) == len(folded.text) + 1
    assert folded.starts[-1] == len(text)
    assert list(folded.starts) == sorted(folded.starts)


@settings(max_examples=300)
@given(TRICKY, st.data())
def test_it_maps_any_span_inside_the_original(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    start = data.draw(st.integers(0, len(folded.text)))
    end = data.draw(st.integers(start, len(folded.text)))
    o_start, o_end = folded.original_span(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    if start < end:
        # the original span folds to something that contains the folded span
        assert folded.text[start:end] in fold(text[o_start:o_end]).text


@settings(max_examples=200)
@given(TRICKY)
def test_it_folds_idempotently(text: str) -> None:
    once = fold(text).text
    assert fold(once).text == once


def test_it_folds_a_mark_of_combining_class_zero_once_and_for_all() -> None:
    # "ำ" decomposes to a non-spacing mark whose combining class is 0, then a vowel.
    once = fold("\u0e33").text
    assert fold(once).text == once == "\u0e32"
